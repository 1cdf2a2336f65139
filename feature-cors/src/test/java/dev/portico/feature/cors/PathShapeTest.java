package dev.portico.feature.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathShapeTest {

    static boolean covers(String wide, String narrow) {
        return PathShape.of(wide).covers(PathShape.of(narrow));
    }

    @Test
    void shapesIgnoreParameterNamesAndTrailingSlashes() {
        assertEquals(PathShape.of("/todos/{id}").key, PathShape.of("/todos/<todo_id>/").key);
        assertEquals("T:", PathShape.of("/").key);
        assertEquals("G:/files/{+}", PathShape.of("/files/{path+}").key);
        assertEquals(PathShape.Kind.REGEX, PathShape.of("/todos/.+").kind);
        assertEquals(PathShape.Kind.REGEX, PathShape.of("/a/{x+}/b").kind);
        assertEquals(PathShape.Kind.REGEX, PathShape.of(".+").kind);
    }

    @Test
    void treeTemplates() {
        assertTrue(covers("/todos/{id}", "/todos/special"));
        assertTrue(covers("/{a}/{b}", "/todos/{id}"));
        assertFalse(covers("/todos/special", "/todos/{id}"));
        assertFalse(covers("/todos/{id}", "/todos"));
        assertFalse(covers("/todos/{id}", "/todos/{id}/tags"));
        assertFalse(covers("/{a}", "/{p+}"));
    }

    @Test
    void greedyTemplates() {
        assertTrue(covers("/{proxy+}", "/todos"));
        assertTrue(covers("/{proxy+}", "/todos/{id}"));
        assertTrue(covers("/{proxy+}", "/files/{path+}"));
        assertTrue(covers("/files/{p+}", "/files/a/b"));
        assertFalse(covers("/files/{p+}", "/files"));
        assertFalse(covers("/files/{p+}", "/{proxy+}"));
        assertFalse(covers("/{proxy+}", "/"));
        assertFalse(covers("/{proxy+}", "/todos/.+"));
    }

    @Test
    void regexTemplatesCoverLiteralPathsTheyMatch() {
        assertTrue(covers("/todos/.+", "/todos/special"));
        assertTrue(covers("/todos/{id}/x.*", "/todos/1/xyz"));
        assertFalse(covers("/todos/.+", "/todos/{id}"));
        assertFalse(covers("/todos/.+", "/todos"));
        assertFalse(covers("/broken/(", "/broken/x"));
    }
}
