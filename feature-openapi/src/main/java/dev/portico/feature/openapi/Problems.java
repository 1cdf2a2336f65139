package dev.portico.feature.openapi;

import dev.portico.feature.openapi.internal.Problem;
import java.util.ArrayList;
import java.util.List;

/** Converts internal problems to the public {@link ValidationProblem}. */
final class Problems {

    private Problems() {
    }

    static List<ValidationProblem> toPublic(List<Problem> problems) {
        List<ValidationProblem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            out.add(new ValidationProblem(p.loc(), p.type(), p.msg()));
        }
        return out;
    }
}
