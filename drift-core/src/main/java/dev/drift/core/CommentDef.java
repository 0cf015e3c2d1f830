package dev.drift.core;

import java.util.Objects;

/**
 * The comment ({@code COMMENT ON ...}) of an object.
 *
 * @param subject the commented object
 * @param text    the comment
 */
public record CommentDef(ObjectKey key, ObjectKey subject, String text) implements DbObject {
    public CommentDef {
        Keys.require(key, ObjectKind.COMMENT);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    public static CommentDef of(ObjectKey subject, String text) {
        return new CommentDef(Subjects.key(ObjectKind.COMMENT, subject, ""), subject, text);
    }
}
