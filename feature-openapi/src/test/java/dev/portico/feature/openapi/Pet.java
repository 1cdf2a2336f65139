package dev.portico.feature.openapi;

import dev.portico.feature.openapi.annotations.Length;

/** A plain Java bean, read through its getters and setters. */
public class Pet {
    private String name;
    private int age;

    /** @return the name */
    @Length(min = 2)
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the age */
    public int getAge() {
        return age;
    }

    /** @param age the age */
    public void setAge(int age) {
        this.age = age;
    }
}
