package org.ortak.organizations.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import as its user follows it: the file and how it was read, the mapping, how far it
 * came, and what its rows do.
 *
 * @param state {@code UPLOADED} (to map), {@code CHECKING} (the dry run runs),
 * {@code CHECKED} (to commit), {@code COMMITTING}, {@code INDEXING}, {@code DONE},
 * {@code FAILED}, {@code CANCELLED}, {@code UNDOING} or {@code UNDONE}
 * @param phaseMillis how long each phase done took, in milliseconds ({@code STAGING},
 * {@code CHECKS}, {@code APPLYING}, {@code INDEXING})
 * @param failure why it stopped, in the reader's language, when it did
 */
public record ImportView(UUID id, String fileName, String format, String encoding, String delimiter,
		List<String> headers, List<List<String>> preview, ImportMapping mapping, String state, boolean allOrNothing,
		Progress progress, Counts counts, Map<String, Long> phaseMillis, String failure, String createdBy,
		Instant createdAt, Instant checkedAt, Instant committedAt, Instant finishedAt, Instant undoUntil) {

	/**
	 * The running phase ({@code STAGING}, {@code CHECKS}, {@code APPLYING},
	 * {@code INDEXING}, {@code UNDOING}) and its pace.
	 */
	public record Progress(String phase, long done, long total, int percent, long rowsPerSecond, Long secondsLeft) {

		static Progress of(String phase, long done, long total, Instant startedAt, Instant now) {
			if (phase == null) {
				return null;
			}
			int percent = (total <= 0) ? 0 : (int) Math.min(100, done * 100 / total);
			double seconds = (startedAt != null) ? Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0)
					: 0;
			// the checks and the writing go by steps, not rows: no pace to tell
			boolean rows = "STAGING".equals(phase) || "INDEXING".equals(phase);
			long rate = (rows && seconds > 0) ? Math.round(done / seconds) : 0;
			Long left = (rate > 0 && total > done) ? (long) Math.ceil((total - done) / (double) rate) : null;
			return new Progress(phase, done, total, percent, rate, left);
		}

	}

	/**
	 * What the rows do: new, changed, unchanged, refused, and look-alikes noted; after an
	 * undo, the organizations removed, put back, and kept because someone changed them
	 * since.
	 */
	public record Counts(int rows, int bad, int created, int updated, int unchanged, int possibleDuplicates,
			long problems, int removed, int restored, int kept) {
	}

	/** Whether it is running in the background now. */
	public boolean running() {
		return List.of("CHECKING", "COMMITTING", "INDEXING", "UNDOING").contains(this.state);
	}

}
