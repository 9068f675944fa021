package org.ortak.shared.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background work kept in the database with db-scheduler: every module declares its jobs
 * as {@link Task} beans and schedules them through the {@link SchedulerClient}. A job
 * survives a restart, and each execution is picked by one node only: the row is claimed
 * with an optimistic update and kept alive by heartbeats, so the job of a node that died
 * (six heartbeats missed, {@code ortak.jobs.heartbeat} apart) is taken over by another,
 * or by the same node started again. docs/ARCHITECTURE.md says why this library.
 */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

	/**
	 * Schedules in the caller's transaction when there is one: the job and the change
	 * that asks for it are written together or not at all (an import's new state is never
	 * seen without its job, nor its job without its state).
	 */
	@Bean
	SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
	}

	/**
	 * Runs the jobs while the application runs; a scheduler cannot start twice, so each
	 * start (a paused test context is started again) builds a new one.
	 */
	@Bean
	SmartLifecycle jobRunner(DataSource dataSource, List<Task<?>> tasks, @Value("${ortak.jobs.threads:2}") int threads,
			@Value("${ortak.jobs.polling-interval:1s}") Duration pollingInterval,
			@Value("${ortak.jobs.heartbeat:30s}") Duration heartbeat) {
		return new SmartLifecycle() {

			private volatile Scheduler scheduler;

			@Override
			public void start() {
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
				this.scheduler = Scheduler.create(dataSource, known)
					.startTasks(recurring)
					.threads(threads)
					.pollingInterval(pollingInterval)
					.heartbeatInterval(heartbeat)
					.deleteUnresolvedAfter(Duration.ofDays(14))
					.shutdownMaxWait(Duration.ofSeconds(20))
					.build();
				this.scheduler.start();
			}

			@Override
			public void stop() {
				Scheduler running = this.scheduler;
				this.scheduler = null;
				if (running != null) {
					running.stop();
				}
			}

			@Override
			public boolean isRunning() {
				return this.scheduler != null;
			}

		};
	}

}
