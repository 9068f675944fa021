package org.ortak.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Indicators as defined once, by admins and coordinators, for everyone to read and
 * attach. Their targets and values are in {@link Targets}.
 */
@Service
public class Indicators {

	private final IndicatorRepository indicators;

	private final TargetRepository targets;

	private final Clock clock;

	Indicators(IndicatorRepository indicators, TargetRepository targets, Clock clock) {
		this.indicators = indicators;
		this.targets = targets;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResultPage<IndicatorSummary> search(String q, int page, int size) {
		ResultPage.requireValid(page, size);
		String cleaned = Text.clean(q);
		new Violations().line("q", cleaned, 200).throwIfAny();
		String words = Text.matchKey(cleaned);
		Page<Indicator> found = this.indicators.search("%" + ((words != null) ? words : "") + "%",
				PageRequest.of(page, size));
		Locale reader = LocaleContextHolder.getLocale();
		return new ResultPage<>(found.getContent().stream().map((i) -> summary(i, reader)).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public IndicatorView get(UUID id, Actor actor) {
		return view(this.indicators.findByPublicId(id).orElseThrow(NotFound::new), actor);
	}

	public void requireMayDefine(Actor actor) {
		if (!IndicatorPolicy.mayDefine(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public IndicatorView create(IndicatorDraft draft, Actor actor) {
		requireMayDefine(actor);
		draft.check().throwIfAny();
		Indicator indicator = new Indicator(now(), actor.username());
		indicator.write(draft, now(), actor.username());
		return view(this.indicators.saveAndFlush(indicator), actor);
	}

	/**
	 * Changes a definition; its kind of value and aggregation stay once it has targets,
	 * whose figures rest on them.
	 */
	@Transactional
	public IndicatorView update(UUID id, IndicatorDraft draft, Long version, Actor actor) {
		Indicator indicator = this.indicators.findByPublicId(id).orElseThrow(NotFound::new);
		if (!IndicatorPolicy.mayChange(actor, indicator)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		if (version != null && version != indicator.version()) {
			throw new StaleVersion();
		}
		Violations violations = draft.check();
		if (this.targets.existsByIndicatorId(indicator.id())) {
			if (draft.valueType() != indicator.valueType() || draft.aggregation() != indicator.aggregation()) {
				violations.add("valueType", "indicators.error.inUse");
			}
			if (draft.source() != indicator.source()) {
				violations.add("source", "indicators.error.inUse");
			}
			// values may be broken down in more ways, never in fewer: their parts stay
			if (!draft.dimensions().containsAll(indicator.dimensions())) {
				violations.add("dimensions", "indicators.error.dimensionInUse");
			}
		}
		violations.throwIfAny();
		indicator.write(draft, now(), actor.username());
		this.indicators.flush();
		return view(indicator, actor);
	}

	Indicator indicator(UUID id) {
		return this.indicators.findByPublicId(id).orElseThrow(NotFound::new);
	}

	Indicator indicatorById(Long id) {
		return this.indicators.findById(id).orElseThrow(NotFound::new);
	}

	List<Indicator> indicatorsById(java.util.Collection<Long> ids) {
		return this.indicators.findAllById(ids);
	}

	static IndicatorSummary summary(Indicator i, Locale reader) {
		return new IndicatorSummary(i.publicId(), i.code(), Language.pick(i.names(), i.language(), reader),
				Language.pickedCode(i.names(), i.language(), reader), i.unit(), i.valueType(), i.aggregation(),
				Set.copyOf(i.dimensions()));
	}

	private IndicatorView view(Indicator i, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		return new IndicatorView(i.publicId(), i.version(), i.code(), i.language(),
				Language.originalFirst(i.names(), i.language()), Language.pick(i.names(), i.language(), reader),
				Language.pickedCode(i.names(), i.language(), reader), i.description(), i.unit(), i.valueType(),
				i.aggregation(), Set.copyOf(i.dimensions()), i.source(), IndicatorPolicy.mayChange(actor, i));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
