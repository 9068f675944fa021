package org.ortak.shared.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Background work kept in the database with db-scheduler: every module declares its jobs as
 * {@link Task} beans and schedules them through the {@link Scheduler} (a
 * {@code SchedulerClient}). A job survives a restart, and each execution is picked by one
 * node only: the row is claimed with an optimistic update and kept alive by heartbeats, so
 * the job of a node that died is taken over by another. docs/ARCHITECTURE.md says why this
 * library.
 */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

	@Bean
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, @Value("${ortak.jobs.threads:2}") int threads,
			@Value("${ortak.jobs.polling-interval:2s}") Duration pollingInterval) {
		List<Task<?>> known = new ArrayList<>();
		List<RecurringTask<?>> recurring = new ArrayList<>();
		for (Task<?> task : tasks) {
			if (task instanceof RecurringTask<?> everyNow) {
				recurring.add(everyNow);
			}
			else {
				known.add(task);
			}
		}
		return Scheduler.create(dataSource, known)
			.startTasks(recurring)
			.threads(threads)
			.pollingInterval(pollingInterval)
			.heartbeatInterval(Duration.ofSeconds(30))
			.enableImmediateExecution()
			.alwaysPersistTimestampInUTC()
			.deleteUnresolvedAfter(Duration.ofDays(14))
			.shutdownMaxWait(Duration.ofSeconds(20))
			.build();
	}

	/** Starts the scheduler with the context and stops it, letting running jobs finish. */
	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				this.running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

}
