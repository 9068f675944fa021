package org.ortak.organizations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.organizations.RegisterFigures.Count;
import org.ortak.organizations.RegisterFigures.Figures;
import org.ortak.organizations.RegisterFigures.People;
import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actors;

/**
 * The register in figures: public (listed organizations) at {@code /figures}, the whole
 * register for coordinators at {@code /organizations/figures}; the directory's filters.
 */
@Controller
class FiguresController {

	private final RegisterFigures figures;

	FiguresController(RegisterFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/figures")
	String publicFigures(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, HttpServletRequest request, Model model) {
		model.addAttribute("figures", this.figures.publicFigures(query(q, kind, status, region, sector)));
		model.addAttribute("scope", "public");
		model.addAttribute("filters", filters(request));
		return "organizations/figures";
	}

	@GetMapping("/organizations/figures")
	String registerFigures(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, HttpServletRequest request, Model model) {
		model.addAttribute("figures",
				this.figures.registerFigures(query(q, kind, status, region, sector), Actors.current()));
		model.addAttribute("scope", "register");
		model.addAttribute("filters", filters(request));
		return "organizations/figures";
	}

	/** One table of the public figures as CSV: key, label, organizations. */
	@GetMapping("/figures/{table}.csv")
	ResponseEntity<String> publicTable(@PathVariable String table, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector) {
		return csv(table, this.figures.publicFigures(query(q, kind, status, region, sector)));
	}

	/** One table of the whole register's figures as CSV. */
	@GetMapping("/organizations/figures/{table}.csv")
	ResponseEntity<String> registerTable(@PathVariable String table, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector) {
		return csv(table, this.figures.registerFigures(query(q, kind, status, region, sector), Actors.current()));
	}

	/** The page's filters, carried to its downloads. */
	private static String filters(HttpServletRequest request) {
		return (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
	}

	private static ResponseEntity<String> csv(String table, Figures figures) {
		StringBuilder csv = new StringBuilder();
		switch (table) {
			case "members", "employees" -> {
				People people = table.equals("members") ? figures.members() : figures.employees();
				csv.append("organizations,total,women,womenShare\r\n")
					.append(people.organizations())
					.append(',')
					.append(people.total())
					.append(',')
					.append(people.women())
					.append(',')
					.append((people.womenShare() != null) ? String.format(Locale.ROOT, "%.1f", people.womenShare())
							: "")
					.append("\r\n");
			}
			case "kind", "subKind", "status", "region", "year" -> {
				csv.append("key,label,organizations\r\n");
				rows(table, figures).forEach((row) -> csv.append(TableFile.text(row.key()))
					.append(',')
					.append(TableFile.text(row.label()))
					.append(',')
					.append(row.organizations())
					.append("\r\n"));
			}
			default -> throw new NotFound();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"figures-" + table + ".csv\"")
			.body(csv.toString());
	}

	private static List<Count> rows(String table, Figures figures) {
		return switch (table) {
			case "kind" -> figures.byKind();
			case "subKind" -> figures.bySubKind();
			case "status" -> figures.byStatus();
			case "region" -> figures.byRegion();
			default -> figures.byFoundingYear();
		};
	}

	private static OrganizationQuery query(String q, OrganizationKind kind, OrganizationStatus status, UUID region,
			Sector sector) {
		return new OrganizationQuery(q, kind, status, region, sector, false, 0, 1, null);
	}

}
