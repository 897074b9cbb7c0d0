package dev.liaison.escalation;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/escalation-timers (every minute): escalations past a deadline climb one rung. */
class EscalationTimersJob extends LockedJob {

    static final String NAME = "escalation-timers";

    public EscalationTimersJob(EscalationService escalations, JobLocks locks) {
        super(locks, NAME, Duration.ofSeconds(55), escalations::climbDue,
                () -> "no escalation is past its deadline");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail escalationTimersJob() {
            return LockedJob.detail(EscalationTimersJob.class, NAME,
                    "Escalations past their acknowledge or resolve deadline climb one rung");
        }

        @Bean
        Trigger escalationTimersTrigger(JobDetail escalationTimersJob, JobSchedules schedules) {
            return LockedJob.trigger(escalationTimersJob, schedules.escalationTimers());
        }
    }
}
