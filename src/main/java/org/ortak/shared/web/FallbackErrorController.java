package org.ortak.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What reaches {@code /error} because no controller answered it (an unknown address, a
 * request refused before a controller was chosen, an exception no advice handled): an RFC
 * 9457 problem under {@code /api/}, the friendly page elsewhere, never Spring Boot's
 * default JSON.
 */
@Controller
class FallbackErrorController implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json;

	FallbackErrorController(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = status(request);
		Locale locale = LocaleContextHolder.getLocale();
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		response.setStatus(status);
		if (isApi(request.getContextPath(), path)) {
			ProblemDetail problem = Problems.forStatus(this.messages, locale, HttpStatus.valueOf(status));
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getWriter(), Problems.members(problem, path));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("messageKey", Problems.detailKey(status));
		page.addObject("messageArguments", new Object[0]);
		return page;
	}

	static boolean isApi(String contextPath, String path) {
		return path != null && path.startsWith(((contextPath != null) ? contextPath : "") + "/api/");
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// /error asked for directly: there is no error, and no page of that name
			return HttpStatus.NOT_FOUND.value();
		}
		int status = (code instanceof Integer value) ? value : 500;
		return (HttpStatus.resolve(status) != null && status >= 400) ? status : 500;
	}

}
