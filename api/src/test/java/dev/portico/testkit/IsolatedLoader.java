package dev.portico.testkit;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A child-first class loader over this test run's own class path and module path: every class outside
 * the JDK is loaded afresh by it, so a test can see which classes a code path loads. (A plain parent
 * would not do: on the module path the platform loader hands our packages to the application loader.)
 */
public final class IsolatedLoader extends URLClassLoader {

    /** A loader over the running tests' class path and module path. */
    public IsolatedLoader() {
        super(urls(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] urls() {
        List<URL> urls = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value == null || value.isEmpty()) {
                continue;
            }
            for (String entry : value.split(File.pathSeparator)) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && !name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    c = null;
                }
            }
            if (c == null) {
                c = super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /**
     * @param className a binary class name
     * @return whether this loader has loaded the class
     */
    public boolean loaded(String className) {
        return findLoadedClass(className) != null;
    }
}
