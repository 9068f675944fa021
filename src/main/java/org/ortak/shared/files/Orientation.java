package org.ortak.shared.files;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Which way up a camera held the photo, from the EXIF Orientation tag of a JPEG: the
 * pixels are stored as the sensor saw them, and once the metadata is stripped nothing
 * else would turn a portrait phone photo upright.
 */
final class Orientation {

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private Orientation() {
	}

	/**
	 * The orientation (1–8) in the JPEG's EXIF segment; 1, as stored, when there is none.
	 */
	static int of(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xFF) {
				// a fill byte before a marker
				at++;
				continue;
			}
			int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
			if (marker == 0xDA || length < 2) {
				// the image data starts: no metadata after it
				break;
			}
			if (marker == 0xE1 && length >= 8 + EXIF.length
					&& ByteBuffer.wrap(jpeg, at + 4, EXIF.length).equals(ByteBuffer.wrap(EXIF))) {
				return tiffOrientation(jpeg, at + 4 + EXIF.length, Math.min(jpeg.length, at + 2 + length));
			}
			at += 2 + length;
		}
		return 1;
	}

	private static int tiffOrientation(byte[] jpeg, int tiff, int end) {
		try {
			ByteBuffer exif = ByteBuffer.wrap(jpeg, 0, end)
				.order((jpeg[tiff] == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int directory = tiff + exif.getInt(tiff + 4);
			int entries = exif.getShort(directory) & 0xFFFF;
			for (int i = 0; i < entries; i++) {
				int entry = directory + 2 + 12 * i;
				if ((exif.getShort(entry) & 0xFFFF) == 0x0112) {
					int value = exif.getShort(entry + 8) & 0xFFFF;
					return (value >= 1 && value <= 8) ? value : 1;
				}
			}
		}
		catch (IndexOutOfBoundsException ex) {
			// a damaged EXIF segment: shown as stored
		}
		return 1;
	}

	/** What turns a width × height image stored with this orientation upright. */
	static AffineTransform upright(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
			default -> new AffineTransform();
		};
	}

	/**
	 * Whether the upright image is the stored one turned a quarter: width and height
	 * swap.
	 */
	static boolean turnsSideways(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

}
