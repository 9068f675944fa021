package org.ortak.shared.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.ortak.shared.i18n.Language;

/**
 * A printable document in the reader's language, written page by page: titles, text,
 * facts, tables and a footer with the page number. Text in any of the five languages,
 * Persian right to left: each line is broken here (ICU's line breaks, widths as the
 * shaped glyphs take them) and its runs of one direction set in their visual order
 * (Unicode's bidirectional algorithm), so numbers and Latin names inside Persian read
 * right, and OpenPDF's layout processor shapes each run. Closing it finishes the PDF.
 */
public final class PdfPages implements AutoCloseable {

	/** How a text is set. */
	public enum Style {

		TITLE(20, true), HEADING(13, true), BODY(10, false), STRONG(10, true), SMALL(8, false), LARGE(15, false),
		NAME(26, true);

		final float size;

		final boolean bold;

		Style(float size, boolean bold) {
			this.size = size;
			this.bold = bold;
		}

	}

	private static final float MARGIN = 42;

	private static final float CELL_PADDING = 4;

	private final Document document;

	private final PdfWriter writer;

	private final PdfFonts fonts = PdfFonts.get();

	private final Locale locale;

	private final boolean rtl;

	private PdfPages(OutputStream out, Locale locale, String title, boolean landscape, String footer) {
		this.locale = locale;
		this.rtl = Language.of(locale).rightToLeft();
		Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
		this.document = new Document(size, MARGIN, MARGIN, MARGIN, MARGIN + 14);
		this.writer = PdfWriter.getInstance(this.document, out);
		this.writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		this.writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
		this.writer.setPageEvent(new Footer(footer));
		this.document.addTitle(title);
		this.document.addCreator("Ortak");
		this.document.open();
	}

	/**
	 * A document for a reader of the locale's language; the footer, with the page number,
	 * on every page.
	 */
	public static PdfPages open(OutputStream out, Locale locale, String title, boolean landscape, String footer) {
		return new PdfPages(out, locale, title, landscape, footer);
	}

	public boolean rightToLeft() {
		return this.rtl;
	}

	/** The width text may take between the margins, in points. */
	public float width() {
		return this.document.getPageSize().getWidth() - 2 * MARGIN;
	}

	public float height() {
		return this.document.getPageSize().getHeight() - 2 * MARGIN - 14;
	}

	/** A text in the page's direction, broken into lines; nothing for an empty text. */
	public void text(String text, Style style) {
		for (Paragraph line : lines(text, style, width(), null)) {
			this.document.add(line);
		}
	}

	/** A text centred, broken into lines. */
	public void centered(String text, Style style) {
		for (Paragraph line : lines(text, style, width(), Element.ALIGN_CENTER)) {
			this.document.add(line);
		}
	}

	/** Empty space down the page. */
	public void space(float points) {
		Paragraph space = new Paragraph(" ");
		space.setLeading(points);
		this.document.add(space);
	}

	/** Labels and values side by side, without borders. */
	public void facts(List<String[]> facts) {
		if (facts.isEmpty()) {
			return;
		}
		List<List<String>> rows = facts.stream().map((fact) -> List.of(fact[0], fact[1])).toList();
		this.document.add(table(new float[] { 1, 3 }, null, rows, 0, false, Style.STRONG));
	}

	/**
	 * A table with a header repeated on every page; columns in the page's direction (the
	 * first at the right in Persian); each row at least {@code minRowHeight} points high
	 * (room for a signature).
	 */
	public void table(float[] relativeWidths, List<String> header, List<List<String>> rows, float minRowHeight) {
		this.document.add(table(relativeWidths, header, rows, minRowHeight, true, null));
	}

	/** What follows starts on a new page. */
	public void newPage() {
		this.document.newPage();
	}

	@Override
	public void close() {
		this.document.close();
	}

	private PdfPTable table(float[] relativeWidths, List<String> header, List<List<String>> rows, float minRowHeight,
			boolean borders, Style firstColumn) {
		int columns = relativeWidths.length;
		float total = 0;
		for (float w : relativeWidths) {
			total += w;
		}
		float[] widths = new float[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = width() * relativeWidths[i] / total;
		}
		PdfPTable table = new PdfPTable(columns);
		table.setTotalWidth(this.rtl ? reversed(widths) : widths);
		table.setLockedWidth(true);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		if (header != null) {
			addRow(table, header, widths, Style.STRONG, null, 0, borders, true);
			table.setHeaderRows(1);
		}
		for (List<String> row : rows) {
			addRow(table, row, widths, Style.BODY, firstColumn, minRowHeight, borders, false);
		}
		return table;
	}

	private void addRow(PdfPTable table, List<String> row, float[] widths, Style style, Style firstColumn,
			float minHeight, boolean borders, boolean header) {
		List<PdfPCell> cells = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			String value = (i < row.size()) ? row.get(i) : null;
			Style cellStyle = (i == 0 && firstColumn != null) ? firstColumn : style;
			PdfPCell cell = new PdfPCell();
			cell.setPadding(CELL_PADDING);
			cell.setUseAscender(true);
			cell.setMinimumHeight(minHeight);
			cell.setBorder(borders ? Rectangle.BOX : Rectangle.NO_BORDER);
			cell.setBorderWidth(0.5f);
			if (header) {
				cell.setGrayFill(0.92f);
			}
			for (Paragraph line : lines(value, cellStyle, widths[i] - 2 * CELL_PADDING - 1, pageAlignment())) {
				cell.addElement(line);
			}
			cells.add(cell);
		}
		if (this.rtl) {
			java.util.Collections.reverse(cells);
		}
		cells.forEach(table::addCell);
	}

	private int pageAlignment() {
		return this.rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
	}

	/**
	 * The text's lines, each one paragraph holding the line set as a form. Each paragraph
	 * of the text takes its direction from its first letter, as {@code dir="auto"} does
	 * (a Turkish description in a Persian programme reads left to right); without an
	 * alignment given it starts where its direction starts.
	 */
	private List<Paragraph> lines(String text, Style style, float width, Integer alignment) {
		List<Paragraph> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		BaseFont font = style.bold ? this.fonts.bold : this.fonts.regular;
		for (String paragraph : text.strip().split("\\R")) {
			byte level = new Bidi(paragraph, this.rtl ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR).getParaLevel();
			int start = ((level & 1) == 1) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
			for (String line : broken(paragraph, font, style.size, width)) {
				Image set = set(line, level, font, style.size);
				Paragraph p = new Paragraph();
				p.add(new Chunk(set, 0, 0, false));
				p.setAlignment((alignment != null) ? alignment : start);
				p.setLeading(set.getHeight() * 1.08f);
				lines.add(p);
			}
		}
		return lines;
	}

	/** Greedy line breaks where ICU allows one, a word longer than the line cut. */
	private List<String> broken(String paragraph, BaseFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		if (paragraph.isBlank()) {
			lines.add(" ");
			return lines;
		}
		BreakIterator breaks = BreakIterator.getLineInstance(this.locale);
		breaks.setText(paragraph);
		StringBuilder line = new StringBuilder();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String segment = paragraph.substring(start, end);
			if (PdfFonts.width(font, size, (line + segment).stripTrailing()) <= width) {
				line.append(segment);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
			}
			while (segment.length() > 1 && PdfFonts.width(font, size, segment.stripTrailing()) > width) {
				int cut = longestFitting(segment, font, size, width);
				lines.add(segment.substring(0, cut));
				segment = segment.substring(cut);
			}
			line.append(segment);
		}
		if (!line.toString().isBlank()) {
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	/**
	 * How much of a word longer than the line fits in it, found by halving (a word of
	 * thousands of letters is measured a dozen times, not a thousand); at least one
	 * character, never half of a surrogate pair.
	 */
	private static int longestFitting(String word, BaseFont font, float size, float width) {
		int fits = 1;
		int fails = word.length();
		while (fails - fits > 1) {
			int middle = (fits + fails) >>> 1;
			if (PdfFonts.width(font, size, word.substring(0, middle)) <= width) {
				fits = middle;
			}
			else {
				fails = middle;
			}
		}
		if (fits > 1 && Character.isHighSurrogate(word.charAt(fits - 1))) {
			fits--;
		}
		return fits;
	}

	/**
	 * One line set in a form as wide as its shaped glyphs (OpenPDF's own measure knows no
	 * shaping, so its alignment and breaks would be off): the line's runs of one
	 * direction left to right as the eye sees them, each laid out in its own direction by
	 * the layout processor. The text stays text: readers select, search and extract it.
	 */
	private Image set(String line, byte level, BaseFont font, float size) {
		List<String> runs = visualRuns(line, level);
		float width = 0;
		for (String run : runs) {
			width += PdfFonts.width(font, size, run);
		}
		float ascent = font.getFontDescriptor(BaseFont.ASCENT, size);
		float descent = -font.getFontDescriptor(BaseFont.DESCENT, size);
		PdfTemplate form = this.writer.getDirectContent().createTemplate(Math.max(width, 0.5f), ascent + descent);
		form.beginText();
		form.setFontAndSize(font, size);
		form.setTextMatrix(0, descent);
		for (String run : runs) {
			form.showText(run);
		}
		form.endText();
		try {
			return Image.getInstance(form);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The line's runs of one direction in visual order (ICU's bidirectional algorithm,
	 * with bracket pairs). The layout processor sets a run right to left, mirroring its
	 * brackets, when it holds a right-to-left letter; a right-to-left run of spaces and
	 * brackets alone is turned and mirrored here.
	 */
	private static List<String> visualRuns(String line, byte level) {
		Bidi bidi = new Bidi(line, level);
		int count = bidi.countRuns();
		List<String> runs = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			BidiRun run = bidi.getVisualRun(i);
			String text = line.substring(run.getStart(), run.getLimit());
			if (run.isOddRun() && text.codePoints().noneMatch(PdfPages::rightToLeft)) {
				// the layout processor would set it left to right: set here as it shows
				StringBuilder shown = new StringBuilder(text.length());
				new StringBuilder(text).reverse()
					.codePoints()
					.map(UCharacter::getMirror)
					.forEach(shown::appendCodePoint);
				text = shown.toString();
			}
			runs.add(text);
		}
		return runs;
	}

	private static boolean rightToLeft(int codePoint) {
		int direction = UCharacter.getDirection(codePoint);
		return direction == UCharacter.RIGHT_TO_LEFT || direction == UCharacter.RIGHT_TO_LEFT_ARABIC;
	}

	private static float[] reversed(float[] widths) {
		float[] reversed = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			reversed[i] = widths[widths.length - 1 - i];
		}
		return reversed;
	}

	/** The footer: the document's name on one side, the page number on the other. */
	private final class Footer extends PdfPageEventHelper {

		private final String text;

		Footer(String text) {
			this.text = text;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContent();
			float y = document.bottomMargin() - 20;
			float left = document.leftMargin();
			float right = document.getPageSize().getWidth() - document.rightMargin();
			String number = com.ibm.icu.text.NumberFormat.getIntegerInstance(PdfPages.this.locale)
				.format(writer.getPageNumber());
			String footer = (this.text != null) ? this.text : "";
			if (footer.length() > 120) {
				footer = footer.substring(0, 119) + "…";
			}
			byte level = PdfPages.this.rtl ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR;
			Image name = set(footer.isEmpty() ? " " : footer, level, PdfPages.this.fonts.regular, Style.SMALL.size);
			Image page = set(number, level, PdfPages.this.fonts.regular, Style.SMALL.size);
			boolean rtl = PdfPages.this.rtl;
			try {
				canvas.addImage(name, name.getWidth(), 0, 0, name.getHeight(), rtl ? right - name.getWidth() : left, y);
				canvas.addImage(page, page.getWidth(), 0, 0, page.getHeight(), rtl ? left : right - page.getWidth(), y);
			}
			catch (DocumentException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
