/** Fix-script planning, PostgreSQL DDL rendering, and text/Markdown/JSON reports. */
module dev.drift.report {
    requires transitive dev.drift.core;
    requires com.fasterxml.jackson.databind;
    exports dev.drift.report;
}
