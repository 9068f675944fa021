package org.ortak.shared.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

/**
 * The one typeface of Ortak's PDFs, Vazirmatn (SIL Open Font License, with its licence in
 * {@code fonts/}), which writes Turkish, Azerbaijani, Polish and Persian alike; embedded
 * as a subset. OpenPDF's layout processor shapes the glyphs through Java's own text
 * layout (joining forms of Arabic script, ligatures, kerning), set up once for the
 * process: it is global in OpenPDF.
 */
final class PdfFonts {

	static final String REGULAR = "fonts/Vazirmatn-Regular.ttf";

	static final String BOLD = "fonts/Vazirmatn-Bold.ttf";

	private static volatile PdfFonts loaded;

	final BaseFont regular;

	final BaseFont bold;

	private PdfFonts(BaseFont regular, BaseFont bold) {
		this.regular = regular;
		this.bold = bold;
	}

	static PdfFonts get() {
		PdfFonts fonts = loaded;
		if (fonts == null) {
			synchronized (PdfFonts.class) {
				fonts = loaded;
				if (fonts == null) {
					fonts = load();
					loaded = fonts;
				}
			}
		}
		return fonts;
	}

	private static PdfFonts load() {
		if (!LayoutProcessor.isEnabled()) {
			LayoutProcessor.enableKernLiga();
		}
		return new PdfFonts(font(REGULAR), font(BOLD));
	}

	private static BaseFont font(String resource) {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// the layout processor reads the font again through the context class loader
		thread.setContextClassLoader(PdfFonts.class.getClassLoader());
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the class path");
			}
			BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
			LayoutProcessor.loadFont(font, resource);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
		finally {
			thread.setContextClassLoader(before);
		}
	}

	/** The width of a text as it will be laid out, shaped, in points. */
	static float width(BaseFont font, float size, String text) {
		if (text.isEmpty()) {
			return 0;
		}
		Rectangle2D bounds = LayoutProcessor.computeGlyphVector(font, size, text).getLogicalBounds();
		return (float) bounds.getWidth();
	}

}
