package org.ortak.indicators;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

import org.ortak.organizations.OrganizationArchived;
import org.ortak.organizations.OrganizationChanged;
import org.ortak.organizations.OrganizationRegistered;
import org.ortak.organizations.OrganizationRestored;
import org.ortak.organizations.OrganizationStatusChanged;
import org.ortak.organizations.OrganizationsMerged;

/**
 * Keeps the indicators computed from the register in step with it: each change of the
 * register (after it is committed, and again after a restart when it was not handled) has
 * them counted again. Changes that come while a count runs are counted together once it
 * ends, so an import of thousands counts a few times, not thousands. Every computed
 * target is counted again once a day, as new periods begin.
 */
@Configuration(proxyBeanMethods = false)
class ComputedIndicators {

	private final Targets targets;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean pending = new AtomicBoolean();

	ComputedIndicators(Targets targets) {
		this.targets = targets;
	}

	@Bean
	RecurringTask<Void> computedIndicatorsDaily(Targets targets,
			@Value("${ortak.indicators.recompute-every:P1D}") Duration every) {
		return Tasks.recurring("computed-indicators", Schedules.fixedDelay(every))
			.execute((instance, context) -> targets.refreshAll());
	}

	@ApplicationModuleListener
	void on(OrganizationRegistered registered) {
		registerChanged();
	}

	@ApplicationModuleListener
	void on(OrganizationChanged changed) {
		registerChanged();
	}

	@ApplicationModuleListener
	void on(OrganizationStatusChanged changed) {
		registerChanged();
	}

	@ApplicationModuleListener
	void on(OrganizationArchived archived) {
		registerChanged();
	}

	@ApplicationModuleListener
	void on(OrganizationRestored restored) {
		registerChanged();
	}

	@ApplicationModuleListener
	void on(OrganizationsMerged merged) {
		registerChanged();
	}

	private void registerChanged() {
		this.pending.set(true);
		while (this.pending.get() && this.running.compareAndSet(false, true)) {
			try {
				this.pending.set(false);
				this.targets.refreshFromRegister();
			}
			finally {
				this.running.set(false);
			}
		}
	}

}
