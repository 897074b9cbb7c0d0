package dev.liaison.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests run the jobs themselves: a job whose schedule fired on the wall clock in the middle of a test would
 * send what the test did not ask for. Every trigger of the test application is off; a new job scheduled
 * outside {@link JobSchedules} (which the test helper turns off entry by entry) fails here.
 */
class JobsOffInTestsTest extends LiaisonE2eTest {

    @Autowired
    Scheduler scheduler;

    @Test
    void noTriggerOfTheTestApplicationFiresBefore2099() throws SchedulerException {
        List<String> firing = new ArrayList<>();
        int scheduled = 0;
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyGroup())) {
            Trigger trigger = scheduler.getTrigger(key);
            // a one-off "run now" (Actuator, sandbox) is named MT_… by Quartz and gone once it has fired
            if (trigger == null || key.getName().startsWith("MT_")) {
                continue;
            }
            scheduled++;
            if (trigger.getNextFireTime() != null
                    && trigger.getNextFireTime().toInstant().isBefore(Instant.parse("2099-01-01T00:00:00Z"))) {
                firing.add(key + " next fires at " + trigger.getNextFireTime().toInstant());
            }
        }
        assertThat(firing).as("scheduled jobs that tests do not turn off").isEmpty();
        assertThat(scheduled).isEqualTo(JobSchedules.class.getRecordComponents().length);
    }
}
