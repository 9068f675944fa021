package org.ortak.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.organizations.Organizations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Indicator pages: the list and the definitions' forms, an indicator with its targets,
 * attaching one to what it measures, and a target with its trend, its values, their entry
 * and review.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorController {

	/** The periods offered for a value, back from the current one. */
	private static final int PERIODS_OFFERED = 36;

	private final Indicators indicators;

	private final Targets targets;

	private final Organizations organizations;

	private final Clock clock;

	IndicatorController(Indicators indicators, Targets targets, Organizations organizations, Clock clock) {
		this.indicators = indicators;
		this.targets = targets;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** A form never sends more part rows than it shows; more is refused unread. */
	@InitBinder("value")
	void partRows(WebRequest request) {
		int rows = Dimension.GENDER.categories().size() + Dimension.AGE_BAND.categories().size();
		FormErrors.refuseRowsBeyond(request, "parts", rows, rows);
	}

	/** A reviewer's decision as the target's page sends it. */
	record ReviewForm(Targets.Decision decision, String note, Long version) {
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.indicators.search(q, Math.max(0, page), 20));
		model.addAttribute("q", q);
		model.addAttribute("maker", IndicatorPolicy.mayDefine(Actors.current()));
		return "indicators/list";
	}

	/** The late targets the reader may see, across plans and projects. */
	@GetMapping("/late")
	String late(Model model) {
		List<Targets.TargetView> late = this.targets.late(Actors.current());
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		late.stream()
			.map((v) -> v.status().lastDue())
			.filter((code) -> code != null)
			.forEach((code) -> labels.put(code, Period.parse(code).label(LocaleContextHolder.getLocale())));
		model.addAttribute("late", late);
		model.addAttribute("dueLabels", labels);
		return "indicators/late";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.indicators.requireMayDefine(Actors.current());
		return form(model, IndicatorForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("indicator") IndicatorForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		IndicatorView[] created = new IndicatorView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.indicators.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "indicators.flash.created");
		return "redirect:/indicators/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("indicator", this.indicators.get(id, Actors.current()));
		Map<String, String> languageNames = new HashMap<>();
		for (Language language : Language.values()) {
			languageNames.put(language.code(), language.nativeName());
		}
		model.addAttribute("languageNames", languageNames);
		model.addAttribute("targets", this.targets.ofIndicator(id, Actors.current()));
		return "indicators/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		IndicatorView indicator = this.indicators.get(id, Actors.current());
		if (!indicator.editable()) {
			throw Actors.current().isSignedIn() ? new org.ortak.shared.Forbidden() : new org.ortak.shared.NotFound();
		}
		return form(model, IndicatorForm.of(indicator), indicator);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("indicator") IndicatorForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.indicators.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, this.indicators.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "indicators.flash.saved");
		return "redirect:/indicators/" + id;
	}

	@GetMapping("/targets/new")
	String attach(@RequestParam SubjectKind kind, @RequestParam UUID subject, Model model) {
		Locale reader = LocaleContextHolder.getLocale();
		return targetForm(model, kind, subject, new TargetForm(null, null, null, LocalDate.now(this.clock), null, null,
				Frequency.QUARTER, PeriodCalendar.of(reader)));
	}

	@PostMapping("/targets/new")
	String attach(@RequestParam SubjectKind kind, @RequestParam UUID subject, @ModelAttribute("target") TargetForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TargetStatus[] created = new TargetStatus[1];
		if (!FormErrors.attempt(form, result, model, response, () -> created[0] = this.targets
			.attach(form.indicatorId(), kind, subject, form.draft(), Actors.current()))) {
			return targetForm(model, kind, subject, form);
		}
		redirect.addFlashAttribute("flash", "indicators.flash.attached");
		return "redirect:/indicators/targets/" + created[0].id();
	}

	@GetMapping("/targets/{id}")
	String target(@PathVariable UUID id, Model model) {
		Targets.TargetView target = this.targets.get(null, id, Actors.current());
		if (!model.containsAttribute("value")) {
			List<Period> periods = periods(target.status());
			model.addAttribute("value",
					ValueForm.empty(periods.isEmpty() ? null : periods.get(0).code(), target.dimensions()));
		}
		return targetPage(model, target);
	}

	@PostMapping("/targets/{id}/values")
	String submit(@PathVariable UUID id, @ModelAttribute("value") ValueForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.targets.submit(id, form.period(), form.entry(), form.version(), Actors.current()))) {
			return targetPage(model, this.targets.get(null, id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "indicators.flash.submitted");
		return "redirect:/indicators/targets/" + id + "#values";
	}

	@PostMapping("/targets/{id}/values/{valueId}/review")
	String review(@PathVariable UUID id, @PathVariable UUID valueId, @ModelAttribute("review") ReviewForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response, () -> this.targets.review(null, valueId, form.decision(),
				form.note(), form.version(), Actors.current()))) {
			model.addAttribute("reviewing", valueId);
			return target(id, model);
		}
		redirect.addFlashAttribute("flash", (form.decision() == Targets.Decision.APPROVE) ? "indicators.flash.approved"
				: "indicators.flash.returned");
		return "redirect:/indicators/targets/" + id + "#values";
	}

	@PostMapping("/targets/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Targets.TargetView target = this.targets.get(null, id, Actors.current());
		this.targets.delete(null, id, Actors.current());
		redirect.addFlashAttribute("flash", "indicators.flash.detached");
		return "redirect:" + target.subject().link();
	}

	private String targetPage(Model model, Targets.TargetView target) {
		model.addAttribute("target", target);
		model.addAttribute("t", target.status());
		model.addAttribute("periods", periods(target.status()));
		Locale reader = LocaleContextHolder.getLocale();
		Map<String, String> labels = new HashMap<>();
		target.missing().forEach((code) -> labels.put(code, Period.parse(code).label(reader)));
		model.addAttribute("missingLabels", labels);
		model.addAttribute("trend",
				target.values().stream().filter((v) -> v.status() == ValueStatus.APPROVED).toList());
		return "indicators/target";
	}

	/** The periods a value may be given for, the latest first. */
	private List<Period> periods(TargetStatus target) {
		List<Period> periods = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = today.isBefore(target.targetOn()) ? today : target.targetOn();
		Period period = Period.containing(last, target.calendar(), target.frequency());
		while (periods.size() < PERIODS_OFFERED && !period.end().isBefore(target.baselineOn())) {
			periods.add(period);
			period = period.previous();
		}
		return periods;
	}

	private String targetForm(Model model, SubjectKind kind, UUID subjectId, TargetForm form) {
		Subject subject = this.targets.subjectToKeep(kind, subjectId, Actors.current());
		model.addAttribute("subject", subject);
		model.addAttribute("target", form);
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("calendars", PeriodCalendar.values());
		model.addAttribute("choices", this.indicators.search(null, 0, 100).items());
		Map<UUID, String> names = this.organizations.names(subject.responsibleOrganizations());
		model.addAttribute("organizations", names);
		return "indicators/target-form";
	}

	private String form(Model model, IndicatorForm form, IndicatorView existing) {
		model.addAttribute("indicator", form);
		model.addAttribute("existing", existing);
		model.addAttribute("valueTypes", ValueType.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("sources", IndicatorSource.values());
		model.addAttribute("allDimensions", Dimension.values());
		model.addAttribute("languages", Language.writingOrder(form.names().keySet(), LocaleContextHolder.getLocale()));
		return "indicators/form";
	}

}
