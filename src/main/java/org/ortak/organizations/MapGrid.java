package org.ortak.organizations;

import java.util.Locale;
import java.util.regex.Pattern;

import org.ortak.shared.Violations;

/**
 * The public map's grid: Web Mercator tiles, each split into four by four cells at every
 * zoom. Each organization's cell at every level is stored in the index, so that counting
 * organizations per cell of a view is an aggregation of the index, never a scan of rows.
 */
final class MapGrid {

	/** The zooms a map may ask for: the whole world to a street. */
	static final int MIN_ZOOM = 0;

	static final int MAX_ZOOM = 20;

	/** A cell is a quarter of a 256-pixel tile: about 64 pixels on the screen. */
	private static final int CELLS_PER_TILE_SIDE_LOG2 = 2;

	/** The coarsest and the finest level stored in the index. */
	static final int MIN_LEVEL = MIN_ZOOM + CELLS_PER_TILE_SIDE_LOG2;

	static final int MAX_LEVEL = MAX_ZOOM + CELLS_PER_TILE_SIDE_LOG2;

	/**
	 * Cells across a view at most: a wide screen at its zoom has about 30 × 17; a larger
	 * box for its zoom is counted on a coarser grid rather than refused.
	 */
	private static final int MAX_CELLS_ACROSS = 64;

	private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d{1,15})?");

	/** Web Mercator stops short of the poles. */
	private static final double MAX_LATITUDE = 85.05112878;

	private MapGrid() {
	}

	/** The index field holding each organization's cell at a level. */
	static String cellField(int level) {
		return "map_cell_" + level;
	}

	/** A view of the map: west, south, east, north in degrees. */
	record Box(double west, double south, double east, double north) {

		/**
		 * Reads {@code west,south,east,north} in plain decimal degrees; anything else is
		 * refused naming {@code bbox}, and answered null.
		 */
		static Box parse(String bbox, Violations violations) {
			String[] parts = (bbox != null) ? bbox.split(",", -1) : new String[0];
			double[] values = new double[4];
			for (int i = 0; i < parts.length && parts.length == 4; i++) {
				// plain decimals only: Double would also read hexadecimal, NaN and
				// Infinity
				if (!DEGREES.matcher(parts[i].strip()).matches()) {
					violations.add("bbox", "map.error.bbox");
					return null;
				}
				values[i] = Double.parseDouble(parts[i].strip());
			}
			if (parts.length != 4 || values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90
					|| values[0] >= values[2] || values[1] >= values[3]) {
				violations.add("bbox", "map.error.bbox");
				return null;
			}
			return new Box(values[0], values[1], values[2], values[3]);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s,%s,%s,%s", this.west, this.south, this.east, this.north);
		}

	}

	static void checkZoom(Integer zoom, Violations violations) {
		violations.required("zoom", zoom);
		if (zoom != null && (zoom < MIN_ZOOM || zoom > MAX_ZOOM)) {
			violations.add("zoom", "validation.range", MIN_ZOOM, MAX_ZOOM);
		}
	}

	/**
	 * The grid a view is counted on: cells of about 64 pixels at its zoom, coarser when
	 * the box is larger than a screen at that zoom.
	 */
	static int level(Box box, int zoom) {
		int level = zoom + CELLS_PER_TILE_SIDE_LOG2;
		while (level > MIN_LEVEL && (x(box.east, level) - x(box.west, level) > MAX_CELLS_ACROSS
				|| y(box.south, level) - y(box.north, level) > MAX_CELLS_ACROSS)) {
			level--;
		}
		return level;
	}

	/** The cell a point lies in at a level: column and row in one number. */
	static long cell(double latitude, double longitude, int level) {
		return ((long) x(longitude, level) << level) | y(latitude, level);
	}

	private static int x(double longitude, int level) {
		int cells = 1 << level;
		return Math.min(cells - 1, Math.max(0, (int) Math.floor((longitude + 180) / 360 * cells)));
	}

	private static int y(double latitude, int level) {
		int cells = 1 << level;
		double radians = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
		double y = (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2 * cells;
		return Math.min(cells - 1, Math.max(0, (int) Math.floor(y)));
	}

}
