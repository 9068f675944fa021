package org.ortak.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the search index in agreement with the database. Changes reach the index through
 * Hibernate Search's outbox (written in the same transaction as the change, applied in
 * the background); the whole index is rebuilt, as a background job, whenever its mapping
 * differs from the one recorded beside it — after an upgrade that changes what is indexed
 * or how words are folded, or when the index folder is new or was deleted. Until that
 * rebuild is done Ortak is not ready.
 */
@Configuration(proxyBeanMethods = false)
@Order(10)
public class SearchIndex implements ApplicationRunner {

	/**
	 * Raise when the analysis changes in a way the mapping's description does not show.
	 */
	static final int ANALYSIS_VERSION = 1;

	static final String MAPPING_FILE = "mapping-version";

	private static final String DIRECTORY = "spring.jpa.properties.hibernate.search.backend.directory.";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final TaskDescriptor<Void> REINDEX = TaskDescriptor.of("search-reindex");

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final Path versionFile;

	private volatile boolean ready;

	SearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, ObjectProvider<SchedulerClient> scheduler,
			Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		boolean onHeap = "local-heap".equals(environment.getProperty(DIRECTORY + "type"));
		String root = environment.getProperty(DIRECTORY + "root");
		this.versionFile = (onHeap || root == null) ? null : Path.of(root).resolve(MAPPING_FILE);
	}

	/** The job that rebuilds the whole index, run by whichever node picks it. */
	@Bean
	OneTimeTask<Void> searchReindexTask() {
		return Tasks.oneTime(REINDEX.getTaskName()).execute((instance, context) -> rebuild());
	}

	@Override
	public void run(ApplicationArguments args) {
		String fingerprint = fingerprint();
		if (fingerprint.equals(recordedFingerprint())) {
			this.ready = true;
		}
		else {
			log.info("The search index was built for another mapping or is new; rebuilding it in the background");
			this.scheduler.getObject().scheduleIfNotExists(REINDEX.instance("all").scheduledTo(Instant.now()));
		}
		// what start-up wrote (demo data) is searchable before the first request is
		// answered
		awaitIndexed(Duration.ofMinutes(1));
	}

	/** Whether the index holds what the database holds, but for changes on their way. */
	public boolean ready() {
		return this.ready;
	}

	/** Changes written to the database and not yet applied to the index. */
	public long pending() {
		Long count = this.jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'",
				Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Waits until every committed change is in the index (and any rebuild is done), at
	 * most {@code timeout}; answers whether it is.
	 */
	public boolean awaitIndexed(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!this.ready || pending() > 0) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				// the outbox is polled every 100 ms; look a little more often than that
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/**
	 * Indexes again the records of a type that meet a condition ({@code e} is the record,
	 * as in {@code "e.updatedAt = :at"}), in bulk as a rebuild does, leaving the others
	 * as they are: for work written in SQL past the usual indexing, such as an import.
	 * @param indexed told how many more records were indexed, as they are
	 */
	public void reindex(Class<?> type, String condition, Map<String, Object> parameters, LongConsumer indexed) {
		MassIndexer indexer = Search.mapping(this.entityManagerFactory)
			.scope(type)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(64)
			.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(false)
			.monitor(new MassIndexingMonitor() {
				@Override
				public void documentsAdded(long increment) {
					indexed.accept(increment);
				}

				@Override
				public void documentsBuilt(long increment) {
				}

				@Override
				public void entitiesLoaded(long increment) {
				}

				@Override
				public void indexingCompleted() {
				}
			});
		var step = indexer.type(type).reindexOnly(condition);
		parameters.forEach(step::param);
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", ex);
		}
	}

	void rebuild() {
		this.ready = false;
		long started = System.nanoTime();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				// both cores: one thread loads a batch while the other indexes, and
				// batches
				// large enough that each collection is fetched for many rows at once
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(64)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Rebuilding the search index was interrupted", ex);
		}
		record(fingerprint());
		this.ready = true;
		log.info("Rebuilt the search index in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * What is indexed and how: every field of every index with its type and analyzers,
	 * and every analyzer step by step with the folding rules. Two builds with the same
	 * fingerprint read each other's index.
	 */
	String fingerprint() {
		List<String> lines = new ArrayList<>();
		lines.add("analysis " + ANALYSIS_VERSION);
		for (SearchIndexedEntity<?> entity : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
			lines.add("index " + entity.indexManager().descriptor().hibernateSearchName() + " " + entity.jpaName());
			for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
				if (field.isValueField()) {
					IndexValueFieldTypeDescriptor type = field.toValueField().type();
					lines.add(String.join(" ", field.absolutePath(), type.valueClass().getName(),
							"s" + type.searchable(), "o" + type.sortable(), "p" + type.projectable(),
							"a" + type.aggregable(), "an" + type.analyzerName().orElse("-"),
							"sa" + type.searchAnalyzerName().orElse("-"), "n" + type.normalizerName().orElse("-"),
							"m" + field.multiValued()));
				}
				else {
					lines.add(field.absolutePath() + " object m" + field.multiValued());
				}
			}
		}
		lines.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			// the fields name their analyzers; what each analyzer does is described here
			digest.update(SearchAnalysis.describe().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String recordedFingerprint() {
		try {
			return (this.versionFile != null && Files.isRegularFile(this.versionFile))
					? Files.readString(this.versionFile).strip() : null;
		}
		catch (IOException ex) {
			log.warn("Could not read {}: {}", this.versionFile, ex.getMessage());
			return null;
		}
	}

	private void record(String fingerprint) {
		if (this.versionFile == null) {
			return;
		}
		try {
			Files.createDirectories(this.versionFile.getParent());
			Path written = Files.writeString(this.versionFile.resolveSibling(MAPPING_FILE + ".new"), fingerprint);
			Files.move(written, this.versionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not record the search mapping's version", ex);
		}
	}

}
