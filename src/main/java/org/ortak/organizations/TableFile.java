package org.ortak.organizations;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A table written as it is read, as CSV or XLSX: a header, then each row as it comes, so
 * a million rows take no more memory than one chunk. Text stays text (a CSV cell that a
 * spreadsheet would run as a formula gets an apostrophe; an XLSX string cell is never a
 * formula) and numbers stay numbers.
 */
public final class TableFile {

	/** Rows handed one at a time to the writer, cells in the order of the columns. */
	public interface Rows {

		void each(Consumer<List<Object>> row);

	}

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableFile() {
	}

	public static StreamingResponseBody csv(List<String> columns, Rows rows) {
		return (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			line(writer, new ArrayList<>(columns));
			rows.each((cells) -> line(writer, cells));
			writer.flush();
		};
	}

	/** XLSX; the footer, if any, one row below the last. */
	public static StreamingResponseBody xlsx(String sheetName, List<String> columns, Rows rows, List<Object> footer) {
		return (out) -> {
			Workbook workbook = new Workbook(out, "Ortak", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int column = 0; column < columns.size(); column++) {
				sheet.value(0, column, columns.get(column));
			}
			int[] row = { 1 };
			rows.each((cells) -> {
				cells(sheet, row[0], cells);
				row[0]++;
				if (row[0] % 1000 == 0) {
					flush(sheet);
				}
			});
			if (!footer.isEmpty()) {
				cells(sheet, row[0] + 1, footer);
			}
			workbook.finish();
		};
	}

	private static void cells(Worksheet sheet, int row, List<Object> cells) {
		for (int column = 0; column < cells.size(); column++) {
			// strings are strings: a cell never becomes a formula
			if (cells.get(column) instanceof Number number) {
				sheet.value(row, column, number);
			}
			else if (cells.get(column) instanceof Boolean flag) {
				sheet.value(row, column, flag);
			}
			else if (cells.get(column) != null) {
				sheet.value(row, column, cells.get(column).toString());
			}
		}
	}

	private static void line(Writer writer, List<Object> cells) {
		List<String> texts = cells.stream()
			.map((cell) -> (cell instanceof Number || cell instanceof Boolean) ? cell.toString()
					: (cell != null) ? text(cell.toString()) : "")
			.toList();
		try {
			writer.write(String.join(",", texts));
			writer.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A CSV text cell: quoted when it must be, never a formula. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
		return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
