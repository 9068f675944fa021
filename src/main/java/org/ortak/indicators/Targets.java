package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.OrganizationKind;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Targets and their values: a target is set on what it measures by whoever keeps that;
 * its organization's managers (and its keepers) submit a value per period, which its
 * keepers approve or return; an approved value is corrected by a new revision, approved
 * in its turn, the old one kept. Each change works the target's progress out again and
 * keeps it on the target, so that monitoring reads targets, never values.
 */
@Service
public class Targets {

	/** At most so many values in one bulk entry. */
	public static final int MAX_BULK = 500;

	/** At most so many late targets are listed. */
	public static final int MAX_LATE = 500;

	private final TargetRepository targets;

	private final ValueRepository values;

	private final Indicators indicators;

	private final Organizations organizations;

	private final Regions regions;

	private final Map<SubjectKind, IndicatorSubjects> subjects = new EnumMap<>(SubjectKind.class);

	private final Clock clock;

	Targets(TargetRepository targets, ValueRepository values, Indicators indicators, Organizations organizations,
			Regions regions, List<IndicatorSubjects> subjects, Clock clock) {
		this.regions = regions;
		this.targets = targets;
		this.values = values;
		this.indicators = indicators;
		this.organizations = organizations;
		subjects.forEach((s) -> this.subjects.put(s.kind(), s));
		this.clock = clock;
	}

	/** Who writes computed values: the system itself, which reads every subject. */
	private static final Actor SYSTEM = new Actor("ortak", java.util.Set.of(org.ortak.shared.security.Role.ADMIN),
			java.util.Set.of());

	/** A value for a period of a target, as a bulk entry names them. */
	public record Entry(UUID target, String period, ValueEntry value) {
	}

	/** Whether a reviewer approves a value or returns it for a change. */
	public enum Decision {

		APPROVE, RETURN

	}

	/** A target with its values, as its page and the API show it. */
	public record TargetView(TargetStatus status, Subject subject, Map<String, String> indicatorNames,
			java.util.Set<Dimension> dimensions, List<ValueView> values, List<String> missing, boolean keeps,
			boolean reports, IndicatorSource source) {
	}

	@Transactional
	public TargetStatus attach(UUID indicatorId, SubjectKind kind, UUID subjectId, TargetDraft draft, Actor actor) {
		Violations what = new Violations().required("subjectKind", kind).required("subjectId", subjectId);
		if (kind != null && !this.subjects.containsKey(kind)) {
			what.add("subjectKind", "validation.badValue");
		}
		what.throwIfAny();
		Subject subject = subject(kind, subjectId, actor);
		if (indicatorId == null) {
			new Violations().add("indicatorId", "validation.required").throwIfAny();
		}
		Indicator indicator = this.indicators.indicator(indicatorId);
		if (!subject.kept()) {
			throw refused(actor);
		}
		TargetDraft kept = withCalendar(draft);
		checked(kept, indicator, subject);
		Target target = new Target(indicator.id(), kind, subjectId, now(), actor.username());
		target.write(kept, now(), actor.username());
		this.targets.saveAndFlush(target);
		computeNow(target, indicator);
		return statuses(List.of(target)).get(0);
	}

	@Transactional
	public TargetStatus update(UUID indicatorId, UUID id, TargetDraft draft, Long version, Actor actor) {
		Target target = this.targets.lockByPublicId(id).filter((t) -> of(t, indicatorId)).orElseThrow(NotFound::new);
		Subject subject = subject(target.subjectKind(), target.subjectId(), actor);
		if (!subject.kept()) {
			throw refused(actor);
		}
		if (version != null && version != target.version()) {
			throw new StaleVersion();
		}
		Indicator indicator = this.indicators.indicatorById(target.indicatorId());
		TargetDraft kept = withCalendar(draft);
		checked(kept, indicator, subject);
		target.write(kept, now(), actor.username());
		recount(target, indicator);
		this.targets.flush();
		return statuses(List.of(target)).get(0);
	}

	@Transactional
	public void delete(UUID indicatorId, UUID id, Actor actor) {
		Target target = this.targets.lockByPublicId(id).filter((t) -> of(t, indicatorId)).orElseThrow(NotFound::new);
		if (!subject(target.subjectKind(), target.subjectId(), actor).kept()) {
			throw refused(actor);
		}
		this.targets.delete(target);
	}

	@Transactional(readOnly = true)
	public TargetView get(UUID indicatorId, UUID id, Actor actor) {
		Target target = this.targets.findByPublicId(id).filter((t) -> of(t, indicatorId)).orElseThrow(NotFound::new);
		Subject subject = subject(target.subjectKind(), target.subjectId(), actor);
		Indicator indicator = this.indicators.indicatorById(target.indicatorId());
		// a computed target's values come from its source: nobody reports them
		boolean reports = !indicator.source().computed() && IndicatorPolicy.reports(actor, subject, target);
		Locale reader = LocaleContextHolder.getLocale();
		List<IndicatorValue> all = this.values.findByTargetIdOrderByPeriodStartAscPeriodCodeAscRevisionAsc(target.id());
		List<ValueView> shown = all.stream()
			.filter((v) -> reports || v.status() == ValueStatus.APPROVED || v.status() == ValueStatus.SUPERSEDED)
			.map((v) -> view(v, target, reader))
			.toList();
		return new TargetView(statuses(List.of(target)).get(0), subject, indicator.names(),
				java.util.Set.copyOf(indicator.dimensions()), shown, reports ? missing(target, all) : List.of(),
				subject.kept(), reports, indicator.source());
	}

	/**
	 * The targets of the subjects, as monitoring shows them; the caller has found the
	 * subjects readable.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<TargetStatus>> statuses(SubjectKind kind, Collection<UUID> subjectIds) {
		Map<UUID, List<TargetStatus>> bySubject = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return bySubject;
		}
		for (TargetStatus status : statuses(this.targets.ofSubjects(kind, subjectIds))) {
			bySubject.computeIfAbsent(status.subjectId(), (k) -> new ArrayList<>()).add(status);
		}
		return bySubject;
	}

	/** What a target would measure, for whoever keeps it to attach one. */
	@Transactional(readOnly = true)
	public Subject subjectToKeep(SubjectKind kind, UUID id, Actor actor) {
		Subject subject = subject(kind, id, actor);
		if (!subject.kept()) {
			throw refused(actor);
		}
		return subject;
	}

	/** Whether anything measures the subject: it is not removed while something does. */
	@Transactional(readOnly = true)
	public boolean measured(SubjectKind kind, UUID subjectId) {
		return this.targets.countBySubjectKindAndSubjectId(kind, subjectId) > 0;
	}

	/** The targets of an indicator the reader may see, as its page lists them. */
	@Transactional(readOnly = true)
	public List<TargetStatus> ofIndicator(UUID indicatorId, Actor actor) {
		Indicator indicator = this.indicators.indicator(indicatorId);
		List<Target> all = this.targets.findByIndicatorIdOrderById(indicator.id());
		Map<UUID, Subject> seen = visibleSubjects(all, actor);
		List<Target> visible = all.stream().filter((t) -> seen.containsKey(t.subjectId())).toList();
		return statuses(visible);
	}

	/**
	 * Submits a value for a period of a target: its first, a change to one not yet
	 * approved, or a correction of an approved one (a new revision).
	 */
	@Transactional
	public ValueView submit(UUID targetId, String periodCode, ValueEntry entry, Long version, Actor actor) {
		return submitted(targetId, periodCode, entry, version, actor, "", new Violations());
	}

	/**
	 * Submits many values of an indicator's targets at once: all are taken, or none, with
	 * every problem named by its entry.
	 */
	@Transactional
	public List<ValueView> submitAll(UUID indicatorId, List<Entry> entries, Actor actor) {
		Indicator indicator = this.indicators.indicator(indicatorId);
		Violations violations = new Violations();
		if (entries == null || entries.isEmpty()) {
			violations.add("entries", "validation.required").throwIfAny();
		}
		if (entries.size() > MAX_BULK) {
			violations.add("entries", "validation.tooMany", MAX_BULK).throwIfAny();
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<ValueView> done = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			String field = "entries[" + i + "].";
			if (entry == null || entry.target() == null) {
				violations.add(field + "target", "validation.required");
				continue;
			}
			String period = entry.period();
			try {
				period = Period.parse(period).code();
			}
			catch (IllegalArgumentException ex) {
				// named when the entry is checked
			}
			if (!seen.add(entry.target() + "/" + period)) {
				violations.add(field + "period", "indicators.error.entryTwice");
				continue;
			}
			// a target of another indicator, or one the reader may not see, is as none
			TargetRepository.Of of = this.targets.ofTarget(entry.target()).orElse(null);
			if (of == null || !of.getIndicatorId().equals(indicator.id())
					|| findSubject(of.getSubjectKind(), of.getSubjectId(), actor).isEmpty()) {
				violations.add(field + "target", "validation.badValue");
				continue;
			}
			ValueView view = submitted(entry.target(), entry.period(),
					(entry.value() != null) ? entry.value() : new ValueEntry(null, null, null, null), null, actor,
					field, violations);
			if (view != null) {
				done.add(view);
			}
		}
		violations.throwIfAny();
		return done;
	}

	/** Approves a submitted value, or returns it with a note: the subject's keepers. */
	@Transactional
	public ValueView review(UUID indicatorId, UUID valueId, Decision decision, String note, Long version, Actor actor) {
		Long targetId = this.values.targetOf(valueId).orElseThrow(NotFound::new);
		Target target = this.targets.lockById(targetId).filter((t) -> of(t, indicatorId)).orElseThrow(NotFound::new);
		Subject subject = subject(target.subjectKind(), target.subjectId(), actor);
		if (!subject.kept()) {
			throw refused(actor);
		}
		IndicatorValue value = this.values.findByPublicId(valueId)
			.filter((v) -> v.targetId().equals(target.id()))
			.orElseThrow(NotFound::new);
		if (version != null && version != value.version()) {
			throw new StaleVersion();
		}
		String cleaned = Text.clean(note);
		Violations violations = new Violations().required("decision", decision)
			.text("note", cleaned, true)
			.maxLength("note", cleaned, 2000);
		if (value.status() != ValueStatus.SUBMITTED) {
			violations.add("decision", "indicators.error.notSubmitted");
		}
		if (decision == Decision.RETURN) {
			violations.required("note", cleaned);
		}
		violations.throwIfAny();
		if (decision == Decision.APPROVE) {
			// the approved value it corrects stays, superseded
			this.values.findByTargetIdOrderByPeriodStartAscPeriodCodeAscRevisionAsc(target.id())
				.stream()
				.filter((v) -> v.periodCode().equals(value.periodCode()) && v.status() == ValueStatus.APPROVED)
				.forEach(IndicatorValue::supersede);
		}
		value.review((decision == Decision.APPROVE) ? ValueStatus.APPROVED : ValueStatus.RETURNED, cleaned, now(),
				actor.username());
		this.values.flush();
		recount(target, this.indicators.indicatorById(target.indicatorId()));
		this.targets.flush();
		return view(value, target, LocaleContextHolder.getLocale());
	}

	/**
	 * Values of an indicator the reader may see, of a target and a period when given:
	 * approved ones (and the superseded, for the record) to all its readers, the rest to
	 * those who keep or report each target.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ValueView> values(UUID indicatorId, UUID targetId, String periodCode, int page, int size,
			Actor actor) {
		ResultPage.requireValid(page, size);
		Indicator indicator = this.indicators.indicator(indicatorId);
		String period = null;
		if (periodCode != null && !periodCode.isBlank()) {
			Violations violations = new Violations();
			Period asked = period("period", periodCode, violations);
			violations.throwIfAny();
			period = asked.code();
		}
		List<Long> open = new ArrayList<>();
		List<Long> approvedOnly = new ArrayList<>();
		Map<Long, Target> byId = new HashMap<>();
		List<Target> all = this.targets.findByIndicatorIdOrderById(indicator.id());
		Map<UUID, Subject> seen = visibleSubjects(all, actor);
		for (Target t : all) {
			Subject subject = seen.get(t.subjectId());
			if (subject == null || (targetId != null && !targetId.equals(t.publicId()))) {
				continue;
			}
			byId.put(t.id(), t);
			(IndicatorPolicy.reports(actor, subject, t) ? open : approvedOnly).add(t.id());
		}
		if (open.isEmpty() && approvedOnly.isEmpty()) {
			return new ResultPage<>(List.of(), page, size, 0);
		}
		// "in ()" is no query every database takes
		open.add(-1L);
		approvedOnly.add(-1L);
		Page<IndicatorValue> found = this.values.of(open, approvedOnly, period, PageRequest.of(page, size));
		Locale reader = LocaleContextHolder.getLocale();
		List<ValueView> items = found.getContent()
			.stream()
			.map((v) -> view(v, byId.get(v.targetId()), reader))
			.toList();
		return new ResultPage<>(items, found.getNumber(), found.getSize(), found.getTotalElements());
	}

	private ValueView submitted(UUID targetId, String periodCode, ValueEntry entry, Long version, Actor actor,
			String field, Violations violations) {
		Target target = this.targets.lockByPublicId(targetId).orElseThrow(NotFound::new);
		Subject subject = subject(target.subjectKind(), target.subjectId(), actor);
		if (!IndicatorPolicy.reports(actor, subject, target)) {
			throw refused(actor);
		}
		Indicator indicator = this.indicators.indicatorById(target.indicatorId());
		if (indicator.source().computed()) {
			violations.add(field + "amount", "indicators.error.computed");
			if (field.isEmpty()) {
				violations.throwIfAny();
			}
			return null;
		}
		int before = violations.list().size();
		Period period = period(field + "period", periodCode, violations);
		if (period != null) {
			if (period.frequency() != target.frequency() || period.calendar() != target.calendar()) {
				violations.add(field + "period", "indicators.error.periodKind");
			}
			else if (period.end().isBefore(target.baselineOn()) || period.start().isAfter(target.targetOn())) {
				violations.add(field + "period", "indicators.error.periodOutside");
			}
			else if (period.start().isAfter(today())) {
				violations.add(field + "period", "indicators.error.periodAhead");
			}
		}
		entry.check(violations, field, indicator.valueType(), indicator.dimensions());
		List<UUID> regions = entry.parts()
			.stream()
			.filter((p) -> p.dimension() == Dimension.REGION && p.category() != null)
			.map((p) -> ValueEntry.regionId(p.category()))
			.filter((id) -> id != null)
			.toList();
		if (!regions.isEmpty() && this.regions.findAll(regions).size() < new java.util.HashSet<>(regions).size()) {
			violations.add(field + "parts", "indicators.error.noSuchRegion");
		}
		if (violations.list().size() > before || period == null) {
			if (field.isEmpty()) {
				violations.throwIfAny();
			}
			return null;
		}
		IndicatorValue latest = this.values
			.findFirstByTargetIdAndPeriodCodeOrderByRevisionDesc(target.id(), period.code())
			.orElse(null);
		IndicatorValue value;
		if (latest == null || latest.status() == ValueStatus.APPROVED || latest.status() == ValueStatus.SUPERSEDED) {
			value = new IndicatorValue(target.id(), period, (latest != null) ? latest.revision() + 1 : 1);
		}
		else {
			if (version != null && version != latest.version()) {
				throw new StaleVersion();
			}
			value = latest;
		}
		value.submit(entry, now(), actor.username());
		this.values.saveAndFlush(value);
		recount(target, indicator);
		this.targets.flush();
		return view(value, target, LocaleContextHolder.getLocale());
	}

	/**
	 * The rows of a monitoring report for the period: a list of rows per subject, in the
	 * order asked, each target as it stood at the period's end. The caller has found the
	 * subjects readable; the values read are the approved ones (two queries, whatever the
	 * count of targets).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<MonitoringReport.Row>> report(SubjectKind kind, List<UUID> subjectIds, Period period) {
		Map<UUID, List<MonitoringReport.Row>> rows = new java.util.LinkedHashMap<>();
		subjectIds.forEach((id) -> rows.put(id, new ArrayList<>()));
		if (subjectIds.isEmpty()) {
			return rows;
		}
		List<Target> found = this.targets.ofSubjects(kind, subjectIds);
		Map<Long, List<IndicatorValue>> byTarget = new HashMap<>();
		if (!found.isEmpty()) {
			this.values
				.findByTargetIdInAndPeriodEndLessThanEqualOrderByPeriodStartAscPeriodCodeAscRevisionAsc(
						found.stream().map(Target::id).toList(), period.end())
				.forEach((v) -> byTarget.computeIfAbsent(v.targetId(), (k) -> new ArrayList<>()).add(v));
		}
		Map<UUID, TargetStatus> statuses = new HashMap<>();
		statuses(found).forEach((s) -> statuses.put(s.id(), s));
		Map<Long, Indicator> indicators = new HashMap<>();
		this.indicators.indicatorsById(found.stream().map(Target::indicatorId).distinct().toList())
			.forEach((i) -> indicators.put(i.id(), i));
		Locale reader = LocaleContextHolder.getLocale();
		LocalDate asOf = period.end().isAfter(today()) ? today() : period.end();
		for (Target t : found) {
			Indicator indicator = indicators.get(t.indicatorId());
			List<IndicatorValue> through = byTarget.getOrDefault(t.id(), List.of());
			List<IndicatorValue> within = through.stream()
				.filter((v) -> !v.periodStart().isBefore(period.start()))
				.toList();
			BigDecimal inPeriod = Progress.of(indicator.aggregation(), BigDecimal.ZERO, within).actual();
			BigDecimal actual = Progress.of(indicator.aggregation(), t.baselineValue(), through).actual();
			Double achievement = Progress.achievement(t.baselineValue(), t.targetValue(), actual);
			List<String> missing = new ArrayList<>();
			java.util.Set<String> reported = new java.util.HashSet<>();
			through.stream()
				.filter((v) -> v.status() == ValueStatus.APPROVED || v.status() == ValueStatus.SUBMITTED)
				.forEach((v) -> reported.add(v.periodCode()));
			LocalDate from = t.baselineOn().isAfter(period.start()) ? t.baselineOn() : period.start();
			Period due = Period.containing(from, t.calendar(), t.frequency());
			for (int i = 0; i < 600 && !due.end().isAfter(asOf) && !due.start().isAfter(t.targetOn()); i++) {
				if (!reported.contains(due.code())) {
					missing.add(due.label(reader));
				}
				due = due.next();
			}
			TargetStatus status = statuses.get(t.publicId());
			rows.get(t.subjectId())
				.add(new MonitoringReport.Row(t.publicId(), status.indicatorName(), status.unit(),
						status.organizationName(), t.baselineValue(), t.baselineOn(), t.targetValue(), t.targetOn(),
						inPeriod, actual, Progress.percent(achievement),
						Progress.light(achievement, t.baselineOn(), t.targetOn(), asOf), missing));
		}
		return rows;
	}

	/**
	 * The targets the reader may see that are late (a period due with no value), across
	 * plans and projects, the longest overdue first: the first {@link #MAX_LATE}.
	 */
	@Transactional(readOnly = true)
	public List<TargetView> late(Actor actor) {
		List<Target> all = this.targets.findAll();
		Map<UUID, Subject> visible = visibleSubjects(all, actor);
		Map<Long, Indicator> indicators = new HashMap<>();
		this.indicators.indicatorsById(all.stream().map(Target::indicatorId).distinct().toList())
			.forEach((i) -> indicators.put(i.id(), i));
		List<TargetView> late = new ArrayList<>();
		List<Target> seen = all.stream().filter((t) -> visible.containsKey(t.subjectId())).toList();
		Map<UUID, Target> byId = new HashMap<>();
		seen.forEach((t) -> byId.put(t.publicId(), t));
		for (TargetStatus status : statuses(seen)) {
			if (status.late()) {
				Subject subject = visible.get(status.subjectId());
				Target target = byId.get(status.id());
				Indicator indicator = indicators.get(target.indicatorId());
				late.add(new TargetView(status, subject, indicator.names(),
						java.util.Set.copyOf(indicator.dimensions()), List.of(), List.of(), subject.kept(),
						IndicatorPolicy.reports(actor, subject, target), indicator.source()));
			}
		}
		late.sort(java.util.Comparator
			.comparing((TargetView v) -> (v.status().lastDue() != null) ? Period.parse(v.status().lastDue()).start()
					: LocalDate.MAX)
			.thenComparing((v) -> v.subject().title(), java.util.Comparator.nullsLast(String::compareTo)));
		return (late.size() > MAX_LATE) ? List.copyOf(late.subList(0, MAX_LATE)) : late;
	}

	/**
	 * The computed targets of the subjects take their figure for the current period from
	 * their source again: what keeps them in step with it.
	 */
	@Transactional
	public void refresh(SubjectKind kind, Collection<UUID> subjectIds) {
		if (!subjectIds.isEmpty()) {
			this.targets.computedOf(kind, subjectIds).forEach(this::refreshed);
		}
	}

	/** The targets computed from the register take their figures from it again. */
	@Transactional
	public void refreshFromRegister() {
		this.targets
			.computedFrom(
					java.util.Arrays.stream(IndicatorSource.values()).filter(IndicatorSource::fromRegister).toList())
			.forEach(this::refreshed);
	}

	/** Every computed target, as a new period begins. */
	@Transactional
	public void refreshAll() {
		this.targets
			.computedFrom(java.util.Arrays.stream(IndicatorSource.values()).filter(IndicatorSource::computed).toList())
			.forEach(this::refreshed);
	}

	private void refreshed(Long id) {
		Target target = this.targets.lockById(id).orElse(null);
		if (target != null) {
			computeNow(target, this.indicators.indicatorById(target.indicatorId()));
		}
	}

	/**
	 * A computed target's value for the period of today (of its target date once that is
	 * past), approved as its source gives it: written over while the period lasts, kept
	 * as it was once it is over. Nothing before its baseline day.
	 */
	private void computeNow(Target target, Indicator indicator) {
		if (!indicator.source().computed()) {
			return;
		}
		LocalDate day = today().isAfter(target.targetOn()) ? target.targetOn() : today();
		if (day.isBefore(target.baselineOn())) {
			return;
		}
		Subject subject = findSubject(target.subjectKind(), target.subjectId(), SYSTEM).orElse(null);
		if (subject == null) {
			return;
		}
		Computed figure = compute(indicator.source(), subject);
		if (figure == null) {
			return;
		}
		Period period = Period.containing(day, target.calendar(), target.frequency());
		IndicatorValue value = this.values
			.findFirstByTargetIdAndPeriodCodeOrderByRevisionDesc(target.id(), period.code())
			.orElse(null);
		if (value == null) {
			value = new IndicatorValue(target.id(), period, 1);
		}
		else if (value.status() == ValueStatus.APPROVED && value.amount() != null
				&& value.amount().compareTo(figure.total()) == 0 && same(value.parts(), figure.parts())) {
			return;
		}
		value.submit(new ValueEntry(figure.total(), figure.parts(), null, null), now(), SYSTEM.username());
		value.review(ValueStatus.APPROVED, null, now(), SYSTEM.username());
		this.values.saveAndFlush(value);
		recount(target, indicator);
		this.targets.flush();
	}

	private static boolean same(List<ValuePart> kept, List<ValuePart> now) {
		if (kept.size() != now.size()) {
			return false;
		}
		for (int i = 0; i < kept.size(); i++) {
			ValuePart a = kept.get(i);
			ValuePart b = now.get(i);
			if (a.dimension() != b.dimension() || !java.util.Objects.equals(a.category(), b.category())
					|| a.amount().compareTo(b.amount()) != 0) {
				return false;
			}
		}
		return true;
	}

	/** The figure of a source for the subject, from its module or from the register. */
	private Computed compute(IndicatorSource source, Subject subject) {
		if (!source.fromRegister()) {
			IndicatorSubjects finder = this.subjects.get(subject.kind());
			return (finder != null) ? finder.compute(source, subject.id()).orElse(null) : null;
		}
		OrganizationKind kind = (source == IndicatorSource.ACTIVE_COOPERATIVES) ? OrganizationKind.COOPERATIVE : null;
		OrganizationStatus status = (source == IndicatorSource.ACTIVE_COOPERATIVES) ? OrganizationStatus.ACTIVE : null;
		if (subject.regions().isEmpty()) {
			Organizations.Count count = this.organizations.count(kind, status, null);
			return new Computed(
					BigDecimal
						.valueOf((source == IndicatorSource.EMPLOYEES) ? count.employees() : count.organizations()),
					List.of());
		}
		long total = 0;
		List<ValuePart> parts = new ArrayList<>();
		for (UUID region : subject.regions()) {
			Organizations.Count count = this.organizations.count(kind, status, region);
			long figure = (source == IndicatorSource.EMPLOYEES) ? count.employees() : count.organizations();
			total += figure;
			if (source != IndicatorSource.EMPLOYEES) {
				parts.add(new ValuePart(Dimension.REGION, region.toString(), BigDecimal.valueOf(figure)));
			}
		}
		return new Computed(BigDecimal.valueOf(total), parts);
	}

	private static Period period(String field, String code, Violations violations) {
		try {
			return Period.parse(code);
		}
		catch (IllegalArgumentException ex) {
			violations.add(field, "indicators.error.period");
			return null;
		}
	}

	/** Works the target's progress out again from its values, and keeps it on it. */
	private void recount(Target target, Indicator indicator) {
		Progress.Figures figures = Progress.of(indicator.aggregation(), target.baselineValue(),
				this.values.findByTargetIdOrderByPeriodStartAscPeriodCodeAscRevisionAsc(target.id()));
		if (figures.actual() != null && !ValueEntry.fits(figures.actual())) {
			// the values fit one by one, their sum does not: nothing of it is kept
			new Violations().add("amount", "indicators.error.total").throwIfAny();
		}
		target.progress(figures.actual(), figures.actualThrough(), figures.reportedThrough(), figures.approved(),
				figures.pending());
	}

	/** The periods due, from the first to the last due, with no value reported. */
	private List<String> missing(Target target, List<IndicatorValue> all) {
		Period last = Progress.lastDue(target.frequency(), target.calendar(), target.baselineOn(), target.targetOn(),
				today());
		List<String> missing = new ArrayList<>();
		if (last == null) {
			return missing;
		}
		java.util.Set<String> reported = new java.util.HashSet<>();
		all.stream()
			.filter((v) -> v.status() == ValueStatus.APPROVED || v.status() == ValueStatus.SUBMITTED)
			.forEach((v) -> reported.add(v.periodCode()));
		Period period = Period.containing(target.baselineOn(), target.calendar(), target.frequency());
		for (int i = 0; i < 600 && !period.start().isAfter(last.start()); i++) {
			if (!reported.contains(period.code())) {
				missing.add(period.code());
			}
			period = period.next();
		}
		return missing;
	}

	private List<TargetStatus> statuses(List<Target> found) {
		Map<Long, Indicator> indicators = new HashMap<>();
		this.indicators.indicatorsById(found.stream().map(Target::indicatorId).distinct().toList())
			.forEach((i) -> indicators.put(i.id(), i));
		// a target its keepers report has no organization: looked up in a map that takes
		// null
		Map<UUID, String> names = new HashMap<>(this.organizations
			.names(found.stream().map(Target::organizationId).filter((id) -> id != null).distinct().toList()));
		Locale reader = LocaleContextHolder.getLocale();
		LocalDate today = today();
		List<TargetStatus> statuses = new ArrayList<>();
		for (Target t : found) {
			Indicator i = indicators.get(t.indicatorId());
			Double achievement = Progress.achievement(t.baselineValue(), t.targetValue(), t.actualValue());
			Period due = Progress.lastDue(t.frequency(), t.calendar(), t.baselineOn(), t.targetOn(), today);
			statuses.add(new TargetStatus(t.publicId(), t.version(), i.publicId(),
					Language.pick(i.names(), i.language(), reader),
					Language.pickedCode(i.names(), i.language(), reader), i.unit(), i.valueType(), t.subjectKind(),
					t.subjectId(), t.organizationId(), names.get(t.organizationId()), t.baselineValue(), t.baselineOn(),
					t.targetValue(), t.targetOn(), t.frequency(), t.calendar(), t.actualValue(), t.actualThrough(),
					achievement, Progress.percent(achievement),
					Progress.light(achievement, t.baselineOn(), t.targetOn(), today), (due != null) ? due.code() : null,
					Progress.late(due, t.reportedThrough()), t.pendingCount()));
		}
		return statuses;
	}

	private static ValueView view(IndicatorValue v, Target target, Locale reader) {
		Period period = Period.parse(v.periodCode());
		return new ValueView(v.publicId(), v.version(), target.publicId(), v.periodCode(), period.label(reader),
				v.periodStart(), v.periodEnd(), v.revision(), v.amount(), List.copyOf(v.parts()), v.comment(),
				v.evidence(), v.status(), v.submittedAt(), v.submittedBy(), v.reviewedAt(), v.reviewedBy(),
				v.reviewNote());
	}

	private void checked(TargetDraft draft, Indicator indicator, Subject subject) {
		Violations violations = draft.check(indicator.valueType());
		if (draft.organizationId() != null && !subject.responsibleOrganizations().isEmpty()
				&& !subject.responsibleOrganizations().contains(draft.organizationId())) {
			violations.add("organizationId", "indicators.error.notResponsible");
		}
		if (draft.organizationId() != null && this.organizations.names(List.of(draft.organizationId())).isEmpty()) {
			violations.add("organizationId", "validation.badValue");
		}
		violations.throwIfAny();
	}

	private static TargetDraft withCalendar(TargetDraft draft) {
		return (draft.calendar() != null) ? draft
				: new TargetDraft(draft.organizationId(), draft.baselineValue(), draft.baselineOn(),
						draft.targetValue(), draft.targetOn(), draft.frequency(),
						PeriodCalendar.of(LocaleContextHolder.getLocale()));
	}

	/** Whether the target is of the indicator a client named ({@code null}: any). */
	private boolean of(Target target, UUID indicatorId) {
		return indicatorId == null || this.indicators.indicator(indicatorId).id().equals(target.indicatorId());
	}

	/** Who may not: told so when signed in, told of nothing otherwise. */
	private static RuntimeException refused(Actor actor) {
		return actor.isSignedIn() ? new Forbidden() : new NotFound();
	}

	/** What the targets measure that the reader may see, by id, a batch per kind. */
	private Map<UUID, Subject> visibleSubjects(List<Target> found, Actor actor) {
		Map<UUID, Subject> visible = new HashMap<>();
		this.subjects.forEach((kind, finder) -> {
			List<UUID> ids = found.stream()
				.filter((t) -> t.subjectKind() == kind)
				.map(Target::subjectId)
				.distinct()
				.toList();
			if (!ids.isEmpty()) {
				visible.putAll(finder.findAll(ids, actor));
			}
		});
		return visible;
	}

	private Subject subject(SubjectKind kind, UUID id, Actor actor) {
		return findSubject(kind, id, actor).orElseThrow(NotFound::new);
	}

	private Optional<Subject> findSubject(SubjectKind kind, UUID id, Actor actor) {
		IndicatorSubjects found = (kind != null) ? this.subjects.get(kind) : null;
		return (found != null && id != null) ? found.find(id, actor) : Optional.empty();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
