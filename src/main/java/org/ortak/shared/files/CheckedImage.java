package org.ortak.shared.files;

/**
 * A photo as Ortak keeps it, made by {@link Images}: re-encoded without any metadata (no
 * location, no camera), turned upright, at most the longest side configured, with its
 * thumbnail. The arrays are the caller's to store, not to change.
 *
 * @param content the full image
 * @param thumbnail the thumbnail, in the same format
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param extension {@code jpg} or {@code png}, for {@link FileStorage#newKey}
 * @param width the full image's width in pixels
 * @param height the full image's height in pixels
 * @param thumbnailWidth the thumbnail's width, for the page's {@code width} attribute
 * @param thumbnailHeight the thumbnail's height
 */
public record CheckedImage(byte[] content, byte[] thumbnail, String mediaType, String extension, int width, int height,
		int thumbnailWidth, int thumbnailHeight) {

}
