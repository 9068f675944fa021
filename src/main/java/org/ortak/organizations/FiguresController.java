package org.ortak.organizations;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
			@RequestParam(required = false) Sector sector, Model model) {
		model.addAttribute("figures", this.figures.publicFigures(query(q, kind, status, region, sector)));
		model.addAttribute("scope", "public");
		return "organizations/figures";
	}

	@GetMapping("/organizations/figures")
	String registerFigures(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, Model model) {
		model.addAttribute("figures",
				this.figures.registerFigures(query(q, kind, status, region, sector), Actors.current()));
		model.addAttribute("scope", "register");
		return "organizations/figures";
	}

	private static OrganizationQuery query(String q, OrganizationKind kind, OrganizationStatus status, UUID region,
			Sector sector) {
		return new OrganizationQuery(q, kind, status, region, sector, false, 0, 1, null);
	}

}
