package dev.liaison.ooo;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job liaison/ooo-watch (every 15 minutes): prompts ahead of absences, hands back after them. */
@DisallowConcurrentExecution
public class OooWatchJob extends QuartzJobBean {

    private final OooService ooo;
    private final JobLocks locks;

    public OooWatchJob(OooService ooo, JobLocks locks) {
        this.ooo = ooo;
        this.locks = locks;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        locks.run("ooo-watch", Duration.ofMinutes(14), ooo::watch);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail oooWatchJob() {
            return JobBuilder.newJob(OooWatchJob.class).withIdentity("ooo-watch", "liaison")
                    .withDescription("Reallocation prompts before absences, hand-back after them").storeDurably().build();
        }

        @Bean
        Trigger oooWatchTrigger(JobDetail oooWatchJob, @Value("${liaison.jobs.ooo-watch:0 0/15 * * * ?}") String cron) {
            return TriggerBuilder.newTrigger().forJob(oooWatchJob).withIdentity("ooo-watch", "liaison")
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
