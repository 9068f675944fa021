package org.ortak.indicators;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.organizations.TableFile;
import org.ortak.shared.i18n.Dates;
import org.ortak.shared.pdf.PdfPages;
import org.ortak.shared.pdf.PdfPages.Style;

/**
 * A monitoring report as files: a PDF in the reader's language and direction (Persian
 * shaped and right to left), and an XLSX whose figures are numbers a spreadsheet adds up.
 */
@Component
public class MonitoringFiles {

	private final MessageSource messages;

	MonitoringFiles(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] pdf(MonitoringReport report, Locale reader) {
		NumberFormat numbers = NumberFormat.getInstance(ULocale.forLocale(reader));
		numbers.setMaximumFractionDigits(4);
		String heading = message(reader, "report.title", report.periodLabel());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfPages pages = PdfPages.open(out, reader, report.title() + " — " + heading, true, report.title())) {
			pages.text(heading, Style.HEADING);
			pages.text(report.title(), Style.TITLE);
			pages.facts(report.facts());
			for (MonitoringReport.Section section : report.sections()) {
				if (section.rows().isEmpty()) {
					continue;
				}
				pages.space(6);
				pages.text(section.title(), Style.STRONG);
				List<List<String>> rows = new ArrayList<>();
				for (MonitoringReport.Row row : section.rows()) {
					rows.add(List.of(row.indicatorName() + ((row.unit() != null) ? " (" + row.unit() + ")" : ""),
							figure(numbers, row.baselineValue()) + " · " + Dates.format(row.baselineOn(), reader),
							figure(numbers, row.targetValue()) + " · " + Dates.format(row.targetOn(), reader),
							figure(numbers, row.inPeriod()), figure(numbers, row.actual()),
							(row.percent() != null) ? row.percent() + "%" : "—",
							message(reader, "indicators.light." + row.light()) + (row.late()
									? " · " + message(reader, "report.missing", String.join(", ", row.missing()))
									: "")));
				}
				pages.table(new float[] { 5, 2, 2, 1.5f, 1.5f, 1.2f, 3.5f },
						List.of(message(reader, "indicators.field.indicator"),
								message(reader, "indicators.field.baseline"),
								message(reader, "indicators.field.target"), message(reader, "report.inPeriod"),
								message(reader, "report.actualAtEnd"), message(reader, "indicators.achievement"),
								message(reader, "indicators.field.status")),
						rows, 0);
			}
			if (report.sections().stream().allMatch((s) -> s.rows().isEmpty())) {
				pages.text(message(reader, "report.empty"), Style.BODY);
			}
		}
		return out.toByteArray();
	}

	public StreamingResponseBody xlsx(MonitoringReport report, Locale reader) {
		List<String> columns = List.of(message(reader, "report.measured"),
				message(reader, "indicators.field.indicator"), message(reader, "indicators.field.unit"),
				message(reader, "indicators.field.organization"), message(reader, "indicators.field.baseline"),
				message(reader, "report.baselineOn"), message(reader, "indicators.field.target"),
				message(reader, "report.targetOn"), message(reader, "report.inPeriod"),
				message(reader, "report.actualAtEnd"), message(reader, "indicators.achievement"),
				message(reader, "indicators.field.status"), message(reader, "report.missingColumn"));
		return TableFile.xlsx(report.period(), columns, (each) -> {
			for (MonitoringReport.Section section : report.sections()) {
				for (MonitoringReport.Row row : section.rows()) {
					List<Object> cells = new ArrayList<>();
					cells.add(section.title());
					cells.add(row.indicatorName());
					cells.add(row.unit());
					cells.add(row.reporter());
					cells.add(row.baselineValue());
					cells.add(row.baselineOn().toString());
					cells.add(row.targetValue());
					cells.add(row.targetOn().toString());
					cells.add(row.inPeriod());
					cells.add(row.actual());
					cells.add(row.percent());
					cells.add(message(reader, "indicators.light." + row.light()));
					cells.add(String.join(", ", row.missing()));
					each.accept(cells);
				}
			}
		}, List.of(report.title(), report.periodLabel()));
	}

	/** The report as a PDF to download, named for what it reports and its period. */
	public org.springframework.http.ResponseEntity<byte[]> pdfResponse(MonitoringReport report, String name,
			Locale reader) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					attachment(name + "-report-" + report.period() + ".pdf"))
			.body(pdf(report, reader));
	}

	/** The report as an XLSX to download, named as {@link #pdfResponse} names it. */
	public org.springframework.http.ResponseEntity<StreamingResponseBody> xlsxResponse(MonitoringReport report,
			String name, Locale reader) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(TableFile.XLSX)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					attachment(name + "-report-" + report.period() + ".xlsx"))
			.body(xlsx(report, reader));
	}

	private static String attachment(String filename) {
		return org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString();
	}

	private static String figure(NumberFormat numbers, BigDecimal value) {
		return (value != null) ? numbers.format(value) : "—";
	}

	private String message(Locale reader, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, reader);
	}

}
