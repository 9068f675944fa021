package org.ortak.shared.files;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import org.ortak.shared.InvalidInput;

/**
 * Takes an uploaded photo only when it is what it claims to be, and keeps nothing of it
 * but its pixels: a JPEG or PNG by its content (never by its name or declared type), not
 * too large in bytes or in pixels (the pixels counted from the header, before anything is
 * decoded, so a small file claiming a huge image cannot exhaust memory), decoded whole,
 * turned upright, scaled down to {@code ortak.photos.max-side} and encoded again without
 * its metadata: no location, camera, XMP or comment leaves with a photo Ortak shows.
 */
@Component
public class Images {

	private static final float JPEG_QUALITY = 0.88f;

	private final long maxFileSize;

	private final long maxPixels;

	private final int maxSide;

	private final int thumbnailSize;

	public Images(@Value("${ortak.photos.max-file-size:20MB}") DataSize maxFileSize,
			@Value("${ortak.photos.max-pixels:40000000}") long maxPixels,
			@Value("${ortak.photos.max-side:2560}") int maxSide,
			@Value("${ortak.photos.thumbnail-size:480}") int thumbnailSize) {
		if (maxPixels < 1 || maxSide < 1 || thumbnailSize < 1) {
			throw new IllegalArgumentException("ortak.photos.max-pixels, max-side and thumbnail-size must be positive");
		}
		this.maxFileSize = maxFileSize.toBytes();
		this.maxPixels = maxPixels;
		this.maxSide = maxSide;
		this.thumbnailSize = thumbnailSize;
	}

	/** The largest upload taken, in bytes. */
	public long maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * The photo cleaned and its thumbnail.
	 * @param field the form's or API's name of the upload, for the violation
	 * @throws InvalidInput {@code photo.empty}, {@code photo.tooLarge} (with the limit in
	 * MB), {@code photo.notAnImage} (not a JPEG or PNG, or damaged) or
	 * {@code photo.tooManyPixels} (with the limit in megapixels)
	 */
	public CheckedImage check(String field, byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw InvalidInput.of(field, "photo.empty");
		}
		if (upload.length > this.maxFileSize) {
			throw InvalidInput.of(field, "photo.tooLarge", DataSize.ofBytes(this.maxFileSize).toMegabytes());
		}
		Decoded decoded = decode(field, upload);
		int orientation = decoded.format().equals("jpeg") ? Orientation.of(upload) : 1;
		BufferedImage full = scaled(upright(decoded, orientation), this.maxSide);
		BufferedImage thumbnail = scaled(full, this.thumbnailSize);
		return new CheckedImage(encoded(full, decoded.format()), encoded(thumbnail, decoded.format()),
				"image/" + decoded.format(), decoded.format().equals("jpeg") ? "jpg" : "png", full.getWidth(),
				full.getHeight(), thumbnail.getWidth(), thumbnail.getHeight());
	}

	private Decoded decode(String field, byte[] upload) {
		// in memory: ImageIO's default stream would copy the upload to a temporary file
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			ImageReader reader = reader(input);
			if (reader == null) {
				throw InvalidInput.of(field, "photo.notAnImage");
			}
			try {
				// metadata ignored: a PNG's compressed text chunks are never inflated
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1) {
					throw InvalidInput.of(field, "photo.notAnImage");
				}
				if ((long) width * height > this.maxPixels) {
					throw InvalidInput.of(field, "photo.tooManyPixels", this.maxPixels / 1_000_000);
				}
				AtomicBoolean cutShort = new AtomicBoolean();
				// a truncated JPEG decodes anyway, grey below the cut
				reader.addIIOReadWarningListener((source, warning) -> {
					if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
						cutShort.set(true);
					}
				});
				BufferedImage image = reader.read(0);
				if (cutShort.get()) {
					throw InvalidInput.of(field, "photo.notAnImage");
				}
				return new Decoded(image, reader.getFormatName().toLowerCase(Locale.ROOT));
			}
			finally {
				reader.dispose();
			}
		}
		catch (InvalidInput ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// damaged data fails in many ways: IIOException, CMMException, index errors
			throw InvalidInput.of(field, "photo.notAnImage");
		}
	}

	/** The JPEG or PNG reader that recognizes the content by its signature, or null. */
	private static ImageReader reader(ImageInputStream input) throws IOException {
		ImageReader found = null;
		for (Iterator<ImageReader> readers = ImageIO.getImageReaders(input); readers.hasNext();) {
			ImageReader reader = readers.next();
			String format = reader.getFormatName().toLowerCase(Locale.ROOT);
			if (found == null && (format.equals("jpeg") || format.equals("png"))) {
				found = reader;
			}
			else {
				reader.dispose();
			}
		}
		return found;
	}

	/**
	 * The pixels upright, in RGB (JPEG has no alpha) or ARGB (a PNG with transparency):
	 * one drawing that also drops whatever colour model the decoder chose.
	 */
	private static BufferedImage upright(Decoded decoded, int orientation) {
		BufferedImage source = decoded.image();
		boolean alpha = decoded.format().equals("png") && source.getColorModel().hasAlpha();
		boolean sideways = Orientation.turnsSideways(orientation);
		int width = sideways ? source.getHeight() : source.getWidth();
		int height = sideways ? source.getWidth() : source.getHeight();
		BufferedImage upright = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = upright.createGraphics();
		try {
			if (!alpha) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, Orientation.upright(orientation, source.getWidth(), source.getHeight()), null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

	/**
	 * The image with its longest side at most this long: halved step by step while it is
	 * more than twice too large, then drawn bilinearly to the size (one bilinear step
	 * over a larger factor skips pixels, and fine detail shimmers).
	 */
	private static BufferedImage scaled(BufferedImage image, int longestSide) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= longestSide) {
			return image;
		}
		int width = Math.max(1, (int) Math.round((double) image.getWidth() * longestSide / longest));
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * longestSide / longest));
		BufferedImage scaled = image;
		while (scaled.getWidth() / 2 >= width && scaled.getHeight() / 2 >= height) {
			scaled = drawn(scaled, scaled.getWidth() / 2, scaled.getHeight() / 2);
		}
		return (scaled.getWidth() == width && scaled.getHeight() == height) ? scaled : drawn(scaled, width, height);
	}

	private static BufferedImage drawn(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, source.getType());
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setComposite(AlphaComposite.Src);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/** The image encoded with no metadata at all: a JPEG gets only its JFIF header. */
	private static byte[] encoded(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode an image in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private record Decoded(BufferedImage image, String format) {
	}

}
