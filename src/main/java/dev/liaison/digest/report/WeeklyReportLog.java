package dev.liaison.digest.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One lead's report of one week: its chart upload is recorded so a retry never uploads it twice. */
@Document("weekly_reports")
record WeeklyReportLog(@Id String id, String teamId, String leadId, String week, boolean chartUploaded, Instant at) {
}
