package dev.liaison.escalation;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/escalation-timers (every minute): escalations past a deadline climb one rung. */
public class EscalationTimersJob extends LockedJob {

    public EscalationTimersJob(EscalationService escalations, JobLocks locks) {
        super(locks, "escalation-timers", Duration.ofSeconds(55), escalations::climbDue,
                () -> "no escalation is past its deadline");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail escalationTimersJob() {
            return LockedJob.detail(EscalationTimersJob.class, "escalation-timers",
                    "Escalations past their acknowledge or resolve deadline climb one rung");
        }

        @Bean
        Trigger escalationTimersTrigger(JobDetail escalationTimersJob,
                                        @Value("${liaison.jobs.escalation-timers:0 * * * * ?}") String cron) {
            return LockedJob.trigger(escalationTimersJob, cron);
        }
    }
}
