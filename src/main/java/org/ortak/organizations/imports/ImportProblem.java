package org.ortak.organizations.imports;

/**
 * What is wrong with a row of a file: its line as the spreadsheet numbers it (0 for the
 * file as a whole), its column's header, the value, and the message in the reader's
 * language. A warning does not keep the row out.
 */
public record ImportProblem(int line, String column, String field, String value, String message, boolean warning) {
}
