package org.ortak.organizations.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The coordinators' imports: upload a file (or fetch the template), map its columns and
 * words, run the dry run and read its report, commit, and follow the progress bar while
 * the work runs in the background.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	/** The upload form: the file, and how to read it when detecting is not enough. */
	record UploadForm(MultipartFile file, String encoding, String delimiter, String mapping) {
	}

	/** The mapping form: a field per column, and words mapped to codes as three lists. */
	record MappingForm(String[] columns, ImportMapping.Calendar calendar, String saveAs, String[] valueField,
			String[] valueWord, String[] valueCode) {

		ImportMapping mapping() {
			List<String> fields = (this.columns != null) ? Arrays.asList(this.columns) : List.of();
			Map<String, Map<String, String>> values = new LinkedHashMap<>();
			int count = (this.valueField != null) ? this.valueField.length : 0;
			for (int i = 0; i < count; i++) {
				String code = at(this.valueCode, i);
				String word = at(this.valueWord, i);
				if (code != null && !code.isBlank() && word != null) {
					values.computeIfAbsent(this.valueField[i], (any) -> new LinkedHashMap<>()).put(word, code);
				}
			}
			return new ImportMapping(new ArrayList<>(fields), values, this.calendar);
		}

		private static String at(String[] values, int i) {
			return (values != null && i < values.length) ? values[i] : null;
		}

	}

	@GetMapping
	String list(@ModelAttribute("upload") UploadForm form, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("imports", this.imports.list(Math.max(0, page), 20, Actors.current()));
		model.addAttribute("savedMappings", this.imports.savedMappings(Actors.current()));
		model.addAttribute("encodings", ImportFile.ENCODINGS);
		model.addAttribute("maxMegabytes", this.imports.maxFileSize() / (1024 * 1024));
		return "imports/list";
	}

	@PostMapping
	String upload(@ModelAttribute("upload") UploadForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		MultipartFile file = form.file();
		ImportView[] uploaded = new ImportView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> uploaded[0] = this.imports.upload((file != null) ? file.getOriginalFilename() : null,
						ImportApiController.content(file, this.imports.maxFileSize()), form.encoding(),
						form.delimiter(), form.mapping(), Actors.current()))) {
			return list(form, 0, model);
		}
		return "redirect:/imports/" + uploaded[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportView view = this.imports.get(id, Actors.current());
		model.addAttribute("batch", view);
		model.addAttribute("fields", ImportField.ALL);
		if (view.mapping() != null) {
			model.addAttribute("mappingForm", form(view.mapping()));
			List<Imports.UnknownWord> mapped = new ArrayList<>();
			view.mapping()
				.values()
				.forEach((field, words) -> words
					.forEach((word, code) -> mapped.add(Imports.UnknownWord.of(field, word, 0, code))));
			model.addAttribute("mapped", mapped);
		}
		if (List.of("CHECKED", "DONE", "FAILED").contains(view.state())) {
			model.addAttribute("problems", this.imports.problems(id, Math.max(0, page), 50, Actors.current()));
			model.addAttribute("unknown", this.imports.unknownWords(id, Actors.current()));
		}
		return "imports/show";
	}

	private static MappingForm form(ImportMapping mapping) {
		return new MappingForm(mapping.columns().toArray(String[]::new), mapping.calendar(), null, null, null, null);
	}

	/**
	 * The progress bar alone, which the page asks for every second while the work runs.
	 */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ImportView view = this.imports.get(id, Actors.current());
		model.addAttribute("batch", view);
		if (!view.running()) {
			// done: the whole page again, with what came of it
			response.setHeader("HX-Refresh", "true");
		}
		return "imports/show :: progress";
	}

	@PostMapping("/{id}/mapping")
	String map(@PathVariable UUID id, @ModelAttribute("mappingForm") MappingForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String then, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response, () -> {
			this.imports.map(id, form.mapping(), form.saveAs(), Actors.current());
			if ("check".equals(then)) {
				this.imports.dryRun(id, Actors.current());
			}
		})) {
			ImportView view = this.imports.get(id, Actors.current());
			model.addAttribute("batch", view);
			model.addAttribute("fields", ImportField.ALL);
			return "imports/show";
		}
		redirect.addFlashAttribute("flash", "check".equals(then) ? "imports.flash.checking" : "imports.flash.mapped");
		return "redirect:/imports/" + id;
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean allOrNothing,
			RedirectAttributes redirect) {
		return act(id, redirect, "imports.flash.committing",
				() -> this.imports.commit(id, allOrNothing, Actors.current()));
	}

	@PostMapping("/{id}/undo")
	String undo(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "imports.flash.undoing", () -> this.imports.undo(id, Actors.current()));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "imports.flash.cancelled", () -> this.imports.cancel(id, Actors.current()));
	}

	/** A button of the import's page: done, or refused with why, above the page. */
	private static String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("refusal", ex.violations().get(0));
		}
		return "redirect:/imports/" + id;
	}

}
