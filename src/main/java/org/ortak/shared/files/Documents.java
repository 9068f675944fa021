package org.ortak.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import org.ortak.shared.InvalidInput;

/**
 * Takes an uploaded document only when it is a PDF by its content, never by its name or
 * declared type: it starts with the PDF header, ends with the end-of-file marker, and
 * opens as a PDF with at least one page; and it is not larger than
 * {@code ortak.documents.max-file-size}. A PDF is kept as it came (signed documents must
 * stay byte for byte what was signed), and served only as a download.
 */
@Component
public class Documents {

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** How far from the start the header may stand, and the trailer from the end. */
	private static final int SLACK = 1024;

	private final long maxFileSize;

	public Documents(@Value("${ortak.documents.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize.toBytes();
	}

	/** The largest upload taken, in bytes. */
	public long maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * The PDF's page count when the upload is one.
	 * @param field the form's or API's name of the upload, for the violation
	 * @throws InvalidInput {@code document.empty}, {@code document.tooLarge} (with the
	 * limit in MB) or {@code document.notAPdf}
	 */
	public int checkPdf(String field, byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw InvalidInput.of(field, "document.empty");
		}
		if (upload.length > this.maxFileSize) {
			throw InvalidInput.of(field, "document.tooLarge", DataSize.ofBytes(this.maxFileSize).toMegabytes());
		}
		if (indexOf(upload, HEADER, 0, Math.min(upload.length, SLACK)) < 0
				|| indexOf(upload, TRAILER, Math.max(0, upload.length - SLACK), upload.length) < 0) {
			throw InvalidInput.of(field, "document.notAPdf");
		}
		try {
			// read in part: the cross-reference table and the page tree, not every object
			// (a small file whose streams inflate to gigabytes is not unpacked whole)
			PdfReader reader = new PdfReader(new RandomAccessFileOrArray(upload), null);
			try {
				int pages = reader.getNumberOfPages();
				if (pages < 1) {
					throw InvalidInput.of(field, "document.notAPdf");
				}
				return pages;
			}
			finally {
				reader.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInput invalid) {
				throw invalid;
			}
			// damaged, or not a PDF behind a PDF's first and last bytes
			throw InvalidInput.of(field, "document.notAPdf");
		}
	}

	private static int indexOf(byte[] content, byte[] wanted, int from, int to) {
		for (int i = from; i <= to - wanted.length; i++) {
			int j = 0;
			while (j < wanted.length && content[i + j] == wanted[j]) {
				j++;
			}
			if (j == wanted.length) {
				return i;
			}
		}
		return -1;
	}

}
