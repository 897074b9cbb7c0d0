package dev.liaison.workspace.slack;

import java.time.Clock;

import dev.liaison.slack.SlackCredentials;
import dev.liaison.workspace.Workspaces;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Bolt's OAuth stores on our database; the Slack configuration uses them in OAuth mode. */
@Configuration(proxyBeanMethods = false)
class WorkspaceBoltServices {

    @Bean
    MongoInstallationService mongoInstallationService(Workspaces workspaces, SlackCredentials credentials) {
        return new MongoInstallationService(workspaces, credentials.installUrl());
    }

    @Bean
    MongoOAuthStateService mongoOAuthStateService(MongoTemplate mongo, Clock clock, SlackCredentials credentials) {
        return new MongoOAuthStateService(mongo, clock, credentials.clientSecret());
    }
}
