package org.ortak.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

import org.ortak.shared.i18n.Language;

/**
 * What Tomcat answers itself, before the application sees the request (a form too large
 * to read, a {@code %00} in the path): the register's own small page in the reader's
 * language, or a problem under {@code /api/}; never Tomcat's report or version.
 */
class ServerErrorReport extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ServerErrorReport(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		if (httpStatus == null) {
			httpStatus = (status >= 500) ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
		}
		Locale locale = chosenLanguage(request);
		String path = request.getRequestURI();
		boolean api = FallbackErrorController.isApi(request.getContextPath(), path);
		try {
			response.setCharacterEncoding("UTF-8");
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				ProblemDetail problem = Problems.forStatus(this.messages, locale, httpStatus);
				writer.write(api ? JSON.writeValueAsString(Problems.members(problem, null))
						: page(problem, locale, request.getContextPath()));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was already on its way: nothing to tell
		}
	}

	/** The language the reader chose (its cookie), else the best of the browser's. */
	private static Locale chosenLanguage(Request request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (Language.COOKIE.equals(cookie.getName())) {
					Locale chosen = Language.bestFor(cookie.getValue());
					if (chosen.getLanguage().equals(cookie.getValue())) {
						return chosen;
					}
				}
			}
		}
		return Language.bestFor(request.getHeader("Accept-Language"));
	}

	private String page(ProblemDetail problem, Locale locale, String contextPath) {
		String root = (contextPath != null) ? contextPath : "";
		return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + message("i18n.dir", locale)
				+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<link rel=\"stylesheet\" href=\"" + escape(root) + "/webjars/bootstrap/css/bootstrap.min.css\">"
				+ "<link rel=\"stylesheet\" href=\"" + escape(root) + "/assets/css/ortak.css\">" + "<title>"
				+ escape(message("error.title", locale)) + "</title></head><body><main class=\"container py-5\"><h1>"
				+ escape(message("error.title", locale)) + "</h1><p>" + escape(problem.getDetail()) + "</p><p>"
				+ escape(this.messages.getMessage("error.status", new Object[] { problem.getStatus() }, locale))
				+ "</p><p><a href=\"" + escape(((contextPath != null) ? contextPath : "") + "/") + "\">"
				+ escape(message("error.home", locale)) + "</a></p></main></body></html>";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * Puts the report on the host in place of Tomcat's own, and of the one Spring Boot
	 * adds to hide stack traces, which this one already hides.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Installation {

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverErrorReport(MessageSource messages) {
			return (factory) -> factory.addContextCustomizers((context) -> {
				var host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ServerErrorReport.class.getName());
				}
				host.getPipeline().addValve(new ServerErrorReport(messages));
			});
		}

	}

}
