/**
 * Printable documents (PDF) in any of the five languages, Persian right to left and
 * shaped, with one embedded typeface.
 */
package org.ortak.shared.pdf;
