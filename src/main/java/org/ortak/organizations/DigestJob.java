package org.ortak.organizations;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subscriptions' digests, sent by a job kept in the database: it runs on one node at
 * a time, and a restart only delays it.
 */
@Configuration(proxyBeanMethods = false)
class DigestJob {

	@Bean
	RecurringTask<Void> subscriptionDigests(Subscriptions subscriptions,
			@Value("${ortak.subscriptions.check-every:PT1H}") Duration checkEvery) {
		return Tasks.recurring("subscription-digests", Schedules.fixedDelay(checkEvery))
			.execute((instance, context) -> subscriptions.sendDigests());
	}

}
