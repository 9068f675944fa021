package org.ortak.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Photos are taken by their content, within limits of bytes and pixels, and kept without
 * anything that tells where or with what they were taken.
 */
class ImagesTests {

	private static final String CAMERA = "OrtakTestCam";

	// 41° 0' 29.52" N: the Bosphorus, as a phone would write it
	private static final byte[] LATITUDE = ByteBuffer.allocate(24)
		.putInt(41)
		.putInt(1)
		.putInt(0)
		.putInt(1)
		.putInt(2952)
		.putInt(100)
		.array();

	private final Images images = new Images(DataSize.ofMegabytes(20), 40_000_000, 2560, 480);

	@Test
	void aJpegLosesItsLocationCameraXmpAndComment() throws Exception {
		byte[] upload = withSegments(jpeg(picture(64, 48)), segment(0xE1, exif(1)), segment(0xE1,
				ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><photoshop:City>Kartepe</photoshop:City></x:xmpmeta>")),
				segment(0xFE, ascii("at the cooperative's garden")));
		assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the upload is a valid JPEG").isNotNull();
		assertThat(contains(upload, LATITUDE)).as("the upload holds the location").isTrue();

		CheckedImage image = this.images.check("photo", upload);

		assertThat(image.mediaType()).isEqualTo("image/jpeg");
		assertThat(image.extension()).isEqualTo("jpg");
		assertThat(image.width()).isEqualTo(64);
		assertThat(image.height()).isEqualTo(48);
		for (byte[] kept : List.of(image.content(), image.thumbnail())) {
			assertThat(markers(kept)).doesNotContain(0xE1, 0xFE);
			assertThat(contains(kept, LATITUDE)).isFalse();
			for (String text : List.of("Exif", CAMERA, "ns.adobe.com", "Kartepe", "garden")) {
				assertThat(contains(kept, ascii(text))).as(text).isFalse();
			}
			assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(64);
		}
	}

	@Test
	void aPngLosesItsTextChunksAndKeepsItsTransparency() throws Exception {
		BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(10, 0, 30, 30);
		graphics.dispose();
		byte[] png = png(picture);
		byte[] upload = concat(Arrays.copyOf(png, 33), chunk("tEXt", ascii("Comment\0Location: 41.0082 N, 28.9784 E")),
				Arrays.copyOfRange(png, 33, png.length));
		assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the upload is a valid PNG").isNotNull();

		CheckedImage image = this.images.check("logo", upload);

		assertThat(image.mediaType()).isEqualTo("image/png");
		assertThat(image.extension()).isEqualTo("png");
		assertThat(contains(image.content(), ascii("tEXt"))).isFalse();
		assertThat(contains(image.content(), ascii("41.0082"))).isFalse();
		BufferedImage kept = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(kept.getRGB(0, 0) >>> 24).as("transparent stays transparent").isZero();
		assertThat(kept.getRGB(20, 10)).isEqualTo(0xFFFF0000);
	}

	@Test
	void aTextFileNamedJpgIsNotAnImage() {
		// the name is never looked at: only the bytes are given
		byte[] upload = "name;e-mail\nAyşe;ayse@example.org\n".getBytes(StandardCharsets.UTF_8);

		assertRefused(() -> this.images.check("photo", upload), "photo.notAnImage");
	}

	@Test
	void otherImageFormatsAreNotTaken() throws Exception {
		for (String format : List.of("gif", "bmp")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(picture(20, 20), format, bytes);

			assertRefused(() -> this.images.check("photo", bytes.toByteArray()), "photo.notAnImage");
		}
	}

	@Test
	void aTruncatedOrDamagedImageIsNotAnImage() throws Exception {
		BufferedImage noise = noise(400, 300);
		byte[] jpeg = jpeg(noise);
		byte[] png = png(noise);

		assertRefused(() -> this.images.check("photo", Arrays.copyOf(jpeg, jpeg.length / 2)), "photo.notAnImage");
		assertRefused(() -> this.images.check("photo", Arrays.copyOf(jpeg, 30)), "photo.notAnImage");
		assertRefused(() -> this.images.check("photo", Arrays.copyOf(png, png.length / 2)), "photo.notAnImage");
		assertRefused(() -> this.images.check("photo", Arrays.copyOf(png, 20)), "photo.notAnImage");
	}

	@Test
	void aSmallPngClaimingTenBillionPixelsIsRefusedBeforeDecoding() {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put(new byte[] { 8, 2, 0, 0, 0 });
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[64]);
		deflater.finish();
		byte[] compressed = new byte[64];
		int length = deflater.deflate(compressed);
		byte[] upload = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' },
				chunk("IHDR", header.array()), chunk("IDAT", Arrays.copyOf(compressed, length)),
				chunk("IEND", new byte[0]));
		assertThat(upload).hasSizeLessThan(100);

		assertRefused(() -> this.images.check("photo", upload), "photo.tooManyPixels", 40L);
	}

	@Test
	void anEmptyOrOversizedUploadIsRefused() {
		Images upToOneMegabyte = new Images(DataSize.ofMegabytes(1), 40_000_000, 2560, 480);

		assertRefused(() -> upToOneMegabyte.check("photo", new byte[0]), "photo.empty");
		assertRefused(() -> upToOneMegabyte.check("photo", null), "photo.empty");
		assertRefused(() -> upToOneMegabyte.check("photo", new byte[1024 * 1024 + 1]), "photo.tooLarge", 1L);
	}

	@Test
	void theThumbnailsLongestSideIs480() throws Exception {
		CheckedImage landscape = this.images.check("photo", jpeg(picture(1200, 900)));
		CheckedImage portrait = this.images.check("photo", png(picture(900, 1200)));

		assertThat(landscape.width()).isEqualTo(1200);
		assertThat(landscape.height()).isEqualTo(900);
		assertThat(size(landscape.thumbnail())).containsExactly(480, 360);
		assertThat(landscape.thumbnailWidth()).isEqualTo(480);
		assertThat(landscape.thumbnailHeight()).isEqualTo(360);
		assertThat(size(portrait.thumbnail())).containsExactly(360, 480);
		assertThat(portrait.mediaType()).isEqualTo("image/png");
	}

	@Test
	void aLargePhotoIsScaledDownAndASmallOneIsNotEnlarged() throws Exception {
		Images upTo1000 = new Images(DataSize.ofMegabytes(20), 40_000_000, 1000, 480);

		CheckedImage panorama = upTo1000.check("photo", jpeg(picture(3000, 1000)));
		CheckedImage icon = upTo1000.check("photo", png(picture(100, 50)));

		assertThat(size(panorama.content())).containsExactly(1000, 333);
		assertThat(panorama.width()).isEqualTo(1000);
		assertThat(panorama.height()).isEqualTo(333);
		assertThat(size(panorama.thumbnail())).containsExactly(480, 160);
		assertThat(size(icon.content())).containsExactly(100, 50);
		assertThat(size(icon.thumbnail())).containsExactly(100, 50);
	}

	@Test
	void aPortraitPhotoStoredSidewaysIsTurnedUpright() throws Exception {
		// the sensor's landscape: red on the left, blue on the right; held upright, the
		// camera wrote orientation 6 (turn a quarter clockwise to show)
		BufferedImage sensor = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = sensor.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 30, 30);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(30, 0, 30, 30);
		graphics.dispose();
		byte[] upload = withSegments(jpeg(sensor), segment(0xE1, exif(6)));

		CheckedImage image = this.images.check("photo", upload);

		assertThat(image.width()).isEqualTo(30);
		assertThat(image.height()).isEqualTo(60);
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(new Color(upright.getRGB(15, 10)).getRed()).as("red on top").isGreaterThan(200);
		assertThat(new Color(upright.getRGB(15, 50)).getBlue()).as("blue below").isGreaterThan(200);
		assertThat(markers(image.content())).as("no orientation left to turn it again").doesNotContain(0xE1);
	}

	@Test
	void aCmykJpegFromPrintComesOutAsRgb() throws Exception {
		WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 32, 16, 4, null);
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 32; x++) {
				// red, stored inverted as Adobe writes CMYK: C 0, M 100 %, Y 100 %, K 0
				cmyk.setPixel(x, y, new int[] { 255, 0, 0, 255 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(cmyk, null, null), null);
		}
		// APP14 "Adobe", transform 0: the four components are CMYK
		byte[] upload = withSegments(bytes.toByteArray(), segment(0xEE, ascii("Adobe\0\u0064\0\0\0\0\0")));

		CheckedImage image = this.images.check("photo", upload);

		BufferedImage rgb = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(rgb.getColorModel().getNumComponents()).isEqualTo(3);
		Color colour = new Color(rgb.getRGB(16, 8));
		assertThat(colour.getRed()).isGreaterThan(200);
		assertThat(colour.getGreen()).isLessThan(60);
	}

	private static void assertRefused(ThrowingCallable check, String messageKey, Object... arguments) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(check)
			.satisfies((refusal) -> assertThat(refusal.violations())
				.containsExactly(new Violation("photo", messageKey, List.of(arguments))));
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(new Color(0x2E7D32));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return picture;
	}

	private static BufferedImage noise(int width, int height) {
		Random random = new Random(7);
		BufferedImage noise = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		return noise;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", bytes);
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	/**
	 * A TIFF block as a phone writes it in APP1: the camera's make, the orientation, and
	 * a GPS directory with a latitude.
	 */
	private static byte[] exif(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(118);
		tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA.length() + 1).putInt(50);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(64);
		tiff.putInt(0);
		tiff.put(ascii(CAMERA + "\0")).put((byte) 0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(94);
		tiff.putInt(0);
		tiff.put(LATITUDE);
		return concat(ascii("Exif\0\0"), tiff.array());
	}

	private static byte[] segment(int marker, byte[] payload) {
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
				(byte) (payload.length + 2) }, payload);
	}

	/**
	 * The JPEG with the segments after its SOI and JFIF header, where cameras write them.
	 */
	private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
		int at = 2;
		if ((jpeg[3] & 0xFF) == 0xE0) {
			at += 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		}
		List<byte[]> parts = new ArrayList<>(List.of(Arrays.copyOf(jpeg, at)));
		parts.addAll(List.of(segments));
		parts.add(Arrays.copyOfRange(jpeg, at, jpeg.length));
		return concat(parts.toArray(byte[][]::new));
	}

	/** The markers of a JPEG's segments before its image data. */
	private static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		for (int at = 2; at + 4 <= jpeg.length && (jpeg[at + 1] & 0xFF) != 0xDA;) {
			markers.add(jpeg[at + 1] & 0xFF);
			at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	private static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(ascii(type))
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	private static int[] size(byte[] image) throws IOException {
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
		return new int[] { decoded.getWidth(), decoded.getHeight() };
	}

	private static boolean contains(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			joined.writeBytes(part);
		}
		return joined.toByteArray();
	}

}
