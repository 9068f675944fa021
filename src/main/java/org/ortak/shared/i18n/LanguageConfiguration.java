package org.ortak.shared.i18n;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: chosen with {@code ?lang=xx}, remembered in a cookie, otherwise
 * the best match of the browser's languages, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = Language.COOKIE;

	@Bean
	LocaleResolver localeResolver() {
		return new SecureWhenRequestIs(cookieResolver(false), cookieResolver(true));
	}

	private static CookieLocaleResolver cookieResolver(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		resolver.setDefaultLocaleFunction((request) -> Language.bestFor(request.getHeader("Accept-Language")));
		return resolver;
	}

	/**
	 * The language cookie is {@code Secure} whenever the request came over HTTPS,
	 * directly or through a trusted proxy.
	 */
	private record SecureWhenRequestIs(CookieLocaleResolver plain,
			CookieLocaleResolver secure) implements LocaleContextResolver {

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			return this.plain.resolveLocaleContext(request);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			(request.isSecure() ? this.secure : this.plain).setLocaleContext(request, response, localeContext);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return this.plain.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			(request.isSecure() ? this.secure : this.plain).setLocale(request, response, locale);
		}

	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new CalendarDateFormatter());
		registry.addFormatterForFieldType(Integer.class, new NumberFormatters.Whole());
		registry.addFormatterForFieldType(Double.class, new NumberFormatters.Decimal());
		registry.addFormatterForFieldType(java.math.BigDecimal.class, new NumberFormatters.Amount());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				Locale wanted = super.parseLocaleValue(localeValue);
				return (wanted != null) ? Language.of(wanted).locale() : null;
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
