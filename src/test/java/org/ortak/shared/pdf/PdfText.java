package org.ortak.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as a reader program extracts it (PDFBox), for tests: compatibility forms
 * folded (shaped Arabic script comes back as its letters), zero-width non-joiners as the
 * spaces readers make of them, runs of spaces as one.
 */
public final class PdfText {

	public final String text;

	public final int pages;

	private PdfText(String text, int pages) {
		this.text = text;
		this.pages = pages;
	}

	public static PdfText of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			text = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u200c', ' ').replaceAll("[ \\t]+", " ");
			return new PdfText(text, document.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same folding for an expected text. */
	public static String folded(String expected) {
		return Normalizer.normalize(expected, Normalizer.Form.NFKC).replace('\u200c', ' ').replaceAll("[ \\t]+", " ");
	}

	@Override
	public String toString() {
		return this.text;
	}

}
