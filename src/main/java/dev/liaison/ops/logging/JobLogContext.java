package dev.liaison.ops.logging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import org.slf4j.MDC;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every line a scheduled job logs names the job (and the run's id): Quartz calls a job listener on the
 * worker thread just before and just after the job, so the context is set and cleared around each run
 * whichever job it is.
 */
@Configuration(proxyBeanMethods = false)
class JobLogContext {

    @Bean
    SchedulerFactoryBeanCustomizer jobNamesInTheLog(MeterRegistry meters) {
        return factory -> factory.setGlobalJobListeners(new Listener(), new JobFailures(meters));
    }

    /**
     * {@code liaison_job_failures_total{job}}: runs that ended in an exception. The counter exists (at 0) from a
     * job's first run on, so an alert can compare it.
     */
    static final class JobFailures extends JobListenerSupport {

        private final MeterRegistry meters;

        JobFailures(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        public String getName() {
            return "liaison-job-failures";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            counter(context);
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            Counter failures = counter(context);
            if (failure != null) {
                failures.increment();
            }
        }

        private Counter counter(JobExecutionContext context) {
            return Counter.builder("liaison.job.failures").tag("job", context.getJobDetail().getKey().getName())
                    .description("job runs that ended in an exception").register(meters);
        }
    }

    static final class Listener extends JobListenerSupport {

        @Override
        public String getName() {
            return "liaison-log-context";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            MDC.put(LogContext.JOB, context.getJobDetail().getKey().getName());
            MDC.put(LogContext.REQUEST_ID, context.getFireInstanceId());
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
            clear();
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            clear();
        }

        private static void clear() {
            MDC.remove(LogContext.JOB);
            MDC.remove(LogContext.REQUEST_ID);
        }
    }
}
