package org.ortak.organizations.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.ortak.shared.InvalidInput;

/**
 * A file to import, recognised by its content: an XLSX workbook (a zip holding
 * {@code xl/workbook.xml}, unpacked within limits so a zip bomb is refused) or CSV text
 * (UTF-8 or UTF-16, told by the byte order mark or the zero bytes of UTF-16; a Windows
 * code page when the user says so; its delimiter found in its first lines). Read a row at
 * a time, whatever its size; a row is numbered as a spreadsheet numbers it, the header
 * being 1.
 */
final class ImportFile {

	/** The file's kind, by content. */
	enum Format {

		CSV, XLSX

	}

	/** The encodings a user may declare; the first three are detected. */
	static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1254", "windows-1250",
			"windows-1256");

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	/** More cells than this in a row is not a register's spreadsheet. */
	static final int MAX_COLUMNS = 200;

	/** More characters than this in a cell is not a register's value. */
	static final int MAX_CELL = 32_767;

	private final byte[] content;

	private final Format format;

	private final Charset charset;

	private final int bomLength;

	private final char delimiter;

	private ImportFile(byte[] content, Format format, Charset charset, int bomLength, char delimiter) {
		this.content = content;
		this.format = format;
		this.charset = charset;
		this.bomLength = bomLength;
		this.delimiter = delimiter;
	}

	/**
	 * Recognises the file; refuses, naming the field {@code file} (or {@code encoding}),
	 * what is empty, not a table, in another encoding than the one said or detected, or
	 * unpacks to more than {@code maxUnpacked} bytes.
	 * @param encoding the encoding the user declared, or null to detect it
	 * @param delimiter the delimiter the user declared, or null to detect it
	 */
	static ImportFile read(byte[] content, String encoding, Character delimiter, long maxUnpacked) {
		if (content.length == 0) {
			throw InvalidInput.of("file", "imports.error.empty");
		}
		if (ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, 8))) {
			checkWorkbook(content, maxUnpacked);
			return new ImportFile(content, Format.XLSX, null, 0, ',');
		}
		if (ReadableWorkbook.isOLE2Header(Arrays.copyOf(content, 8))) {
			throw InvalidInput.of("file", "imports.error.oldExcel");
		}
		Charset charset;
		int bom = 0;
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			bom = 3;
		}
		else if (startsWith(content, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			bom = 2;
		}
		else if (startsWith(content, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			bom = 2;
		}
		else if (encoding != null && !encoding.isBlank()) {
			charset = declared(encoding);
		}
		else {
			charset = utf16Without(content);
		}
		if (!charset.name().startsWith("UTF-16") && binary(content)) {
			throw InvalidInput.of("file", "imports.error.notTable");
		}
		String text = decode(content, bom, charset);
		if (text.indexOf('\0') >= 0 || binary(text)) {
			throw InvalidInput.of("file", "imports.error.notTable");
		}
		if (text.isBlank()) {
			throw InvalidInput.of("file", "imports.error.empty");
		}
		char chosen = (delimiter != null) ? delimiter : detectDelimiter(text);
		return new ImportFile(content, Format.CSV, charset, bom, chosen);
	}

	private static Charset declared(String encoding) {
		return ENCODINGS.stream()
			.filter((known) -> known.equalsIgnoreCase(encoding.strip()))
			.findFirst()
			.map(Charset::forName)
			.orElseThrow(
					() -> InvalidInput.of("encoding", "imports.error.unknownEncoding", String.join(", ", ENCODINGS)));
	}

	/**
	 * UTF-16 without a byte order mark shows as a zero byte beside most ASCII letters.
	 */
	private static Charset utf16Without(byte[] content) {
		int sample = Math.min(content.length, 4096) & ~1;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < sample; i += 2) {
			evenZeros += (content[i] == 0) ? 1 : 0;
			oddZeros += (content[i + 1] == 0) ? 1 : 0;
		}
		if (sample > 0 && oddZeros > sample / 8 && evenZeros == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (sample > 0 && evenZeros > sample / 8 && oddZeros == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return StandardCharsets.UTF_8;
	}

	/**
	 * Checks the whole file decodes strictly (a byte the encoding has no character for is
	 * refused) and returns its beginning, to tell its delimiter and whether it is text.
	 */
	private static String decode(byte[] content, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
		CharBuffer out = CharBuffer.allocate(65536);
		StringBuilder beginning = new StringBuilder();
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				if (charset.equals(StandardCharsets.UTF_8)) {
					throw InvalidInput.of("encoding", "imports.error.notUtf8");
				}
				throw InvalidInput.of("encoding", "imports.error.wrongEncoding", charset.name());
			}
			out.flip();
			if (beginning.length() < 65536) {
				beginning.append(out, 0, Math.min(out.remaining(), 65536 - beginning.length()));
			}
			out.clear();
			if (result.isUnderflow()) {
				break;
			}
		}
		decoder.flush(out);
		return beginning.toString();
	}

	/**
	 * Control bytes other than line ends and tabs, in any single-byte encoding or UTF-8,
	 * are a binary file's (an image, a PDF's streams, an executable).
	 */
	private static boolean binary(byte[] content) {
		int sample = Math.min(content.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = content[i] & 0xFF;
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > 0 && control * 100 >= sample;
	}

	/** Control characters other than line ends and tabs are a binary file's. */
	private static boolean binary(String text) {
		int sample = Math.min(text.length(), 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		return control > sample / 100;
	}

	/**
	 * The delimiter that splits the first lines (outside quotes) into the same number of
	 * cells, the most of them; a comma when nothing does.
	 */
	static char detectDelimiter(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && lines.size() < 20; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\n' && !quoted) {
				lines.add(text.substring(start, i));
				start = i + 1;
			}
		}
		if (lines.size() < 20 && start < text.length()) {
			lines.add(text.substring(start));
		}
		char best = ',';
		int bestScore = 0;
		for (char candidate : DELIMITERS) {
			int first = -1;
			boolean same = true;
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				int count = count(line, candidate);
				if (first < 0) {
					first = count;
				}
				else if (count != first) {
					same = false;
				}
			}
			int score = (first <= 0) ? 0 : (same ? first * 2 + 1 : first);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static int count(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Unpacks the workbook once, counting what it really unpacks to rather than what its
	 * entries claim, and refuses it past the limit or without a workbook in it.
	 */
	private static void checkWorkbook(byte[] content, long maxUnpacked) {
		boolean workbook = false;
		long unpacked = 0;
		byte[] buffer = new byte[65536];
		// read by its central directory, as spreadsheets write and read it (a streamed
		// entry without its size ahead, as some writers leave it, is read too)
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				workbook |= "xl/workbook.xml".equals(entry.getName());
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						unpacked += read;
						if (unpacked > maxUnpacked) {
							throw InvalidInput.of("file", "imports.error.unpackedTooLarge",
									maxUnpacked / (1024 * 1024));
						}
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw InvalidInput.of("file", "imports.error.notTable");
		}
		if (!workbook) {
			throw InvalidInput.of("file", "imports.error.notTable");
		}
	}

	private static boolean startsWith(byte[] content, int... bytes) {
		if (content.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((content[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	Format format() {
		return this.format;
	}

	/** The encoding read, for CSV; null for XLSX. */
	String encoding() {
		return (this.charset != null) ? this.charset.name() : null;
	}

	/** The delimiter, for CSV; null for XLSX. */
	Character delimiter() {
		return (this.format == Format.CSV) ? this.delimiter : null;
	}

	/** The size of the file, in bytes. */
	int size() {
		return this.content.length;
	}

	/**
	 * The rows, header first, each as its cells' texts (an XLSX number as written without
	 * a needless fraction, a date as yyyy-MM-dd). Close it when done.
	 */
	Rows rows() {
		try {
			return (this.format == Format.XLSX) ? new WorkbookRows(this.content) : new CsvRows(this);
		}
		catch (IOException ex) {
			throw InvalidInput.of("file", "imports.error.notTable");
		}
	}

	/** A file's rows, one at a time; {@link #read()} tells how far in the file it is. */
	interface Rows extends AutoCloseable, Iterator<Line> {

		/**
		 * The bytes (of CSV) or rows (of XLSX, out of the sheet's count) read so far,
		 * 0..1.
		 */
		double progress();

		@Override
		void close();

	}

	/** One row: its spreadsheet number and cells. */
	record Line(int number, List<String> cells) {

		String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : null;
		}

	}

	private static final class CsvRows implements Rows {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final CountingStream counting;

		private final long size;

		CsvRows(ImportFile file) throws IOException {
			this.size = file.content.length;
			this.counting = new CountingStream(
					new ByteArrayInputStream(file.content, file.bomLength, file.content.length - file.bomLength));
			Reader reader = new InputStreamReader(this.counting, file.charset);
			this.parser = CSVFormat.RFC4180.builder()
				.setDelimiter(file.delimiter)
				.setIgnoreEmptyLines(true)
				.setMaxRows(0)
				.get()
				.parse(reader);
			this.records = this.parser.iterator();
		}

		@Override
		public boolean hasNext() {
			try {
				return this.records.hasNext();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw InvalidInput.of("file", "imports.error.badCsv", this.parser.getCurrentLineNumber());
			}
		}

		@Override
		public Line next() {
			CSVRecord record;
			try {
				record = this.records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw InvalidInput.of("file", "imports.error.badCsv", this.parser.getCurrentLineNumber());
			}
			if (record.size() > MAX_COLUMNS) {
				throw InvalidInput.of("file", "imports.error.tooManyColumns", record.getRecordNumber(), MAX_COLUMNS);
			}
			List<String> cells = new ArrayList<>(record.size());
			for (String value : record) {
				cells.add(value);
			}
			return new Line((int) record.getRecordNumber(), cells);
		}

		@Override
		public double progress() {
			return (this.size == 0) ? 1 : Math.min(1, (double) this.counting.count / this.size);
		}

		@Override
		public void close() {
			try {
				this.parser.close();
			}
			catch (IOException ex) {
				// a byte array has nothing to release
			}
		}

	}

	private static final class WorkbookRows implements Rows {

		private final ReadableWorkbook workbook;

		private final Stream<Row> stream;

		private final Iterator<Row> rows;

		private final CountingStream counting;

		private final long size;

		private int next = 1;

		private Row pending;

		WorkbookRows(byte[] content) throws IOException {
			this.size = content.length;
			this.counting = new CountingStream(new ByteArrayInputStream(content));
			this.workbook = new ReadableWorkbook(new BufferedInputStream(this.counting),
					new ReadingOptions(true, false));
			this.stream = this.workbook.getFirstSheet().openStream();
			this.rows = this.stream.iterator();
		}

		@Override
		public boolean hasNext() {
			try {
				while (this.pending == null && this.rows.hasNext()) {
					Row row = this.rows.next();
					if (row.stream().anyMatch((cell) -> cell != null && !cell.getText().isBlank())) {
						this.pending = row;
					}
				}
			}
			catch (RuntimeException ex) {
				throw InvalidInput.of("file", "imports.error.notTable");
			}
			return this.pending != null;
		}

		@Override
		public Line next() {
			if (!hasNext()) {
				throw new java.util.NoSuchElementException();
			}
			Row row = this.pending;
			this.pending = null;
			if (row.getCellCount() > MAX_COLUMNS) {
				throw InvalidInput.of("file", "imports.error.tooManyColumns", row.getRowNum(), MAX_COLUMNS);
			}
			List<String> cells = new ArrayList<>(row.getCellCount());
			for (int i = 0; i < row.getCellCount(); i++) {
				cells.add(text(row.getCell(i)));
			}
			this.next = row.getRowNum();
			return new Line(row.getRowNum(), cells);
		}

		private static String text(Cell cell) {
			if (cell == null || cell.getType() == CellType.EMPTY) {
				return "";
			}
			if (cell.getType() == CellType.NUMBER) {
				if (dateFormat(cell.getDataFormatString())) {
					return cell.asDate().toLocalDate().toString();
				}
				BigDecimal number = cell.asNumber();
				return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
			}
			if (cell.getType() == CellType.BOOLEAN) {
				return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
			}
			if (cell.getType() == CellType.FORMULA || cell.getType() == CellType.ERROR) {
				// the value the formula had when saved, never the formula
				String raw = cell.getRawValue();
				return (raw != null) ? raw : "";
			}
			return cell.getText();
		}

		/** A number format that writes a day, month or year is a date's. */
		static boolean dateFormat(String format) {
			if (format == null) {
				return false;
			}
			String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
			return plain.contains("y") || plain.contains("d") || plain.equals("m/d") || plain.contains("mmm");
		}

		@Override
		public double progress() {
			// the sheet is read through the unpacked stream: the bytes of the file read
			// so far
			return Math.min(1, (double) this.counting.count / Math.max(1, this.size));
		}

		@Override
		public void close() {
			this.stream.close();
			try {
				this.workbook.close();
			}
			catch (IOException ex) {
				// a byte array has nothing to release
			}
		}

	}

	/** Counts the bytes read through it, for progress. */
	private static final class CountingStream extends java.io.FilterInputStream {

		private volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read >= 0) {
				this.count++;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

	}

}
