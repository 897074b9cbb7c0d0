package dev.liaison.workspace.slack;

import java.util.List;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.model.block.LayoutBlock;
import dev.liaison.slack.UserFacingErrors;
import dev.liaison.workspace.Installation;
import dev.liaison.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store on our database: a completed OAuth install becomes the workspace's
 * {@link Installation}. Only the bot is kept; Liaison asks for no user scopes, so there is no user
 * token to store. Org-wide (Enterprise Grid) installs are not offered (manifest: org_deploy_enabled false).
 */
class MongoInstallationService implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(MongoInstallationService.class);

    private final Workspaces workspaces;
    private final String installUrl;

    MongoInstallationService(Workspaces workspaces, String installUrl) {
        this.workspaces = workspaces;
        this.installUrl = installUrl;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        // one record per workspace: a reinstall replaces it
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getTeamId() == null) {
            log.warn("Refused an org-wide install for enterprise {}: Liaison is installed workspace by workspace",
                    installer.getEnterpriseId());
            throw new IllegalArgumentException("org-wide installs are not supported");
        }
        workspaces.installed(new Installation(installer.getTeamId(), installer.getEnterpriseId(),
                installer instanceof DefaultInstaller named ? named.getTeamName() : null, installer.getAppId(), installer.getBotId(), installer.getBotUserId(),
                installer.getBotAccessToken(), installer.getBotScope(), installer.getInstallerUserId(),
                Installation.Status.ACTIVE, null, null, null));
    }

    @Override
    public void saveBot(Bot bot) {
        saveInstallerAndBot(DefaultInstaller.builder().teamId(bot.getTeamId()).enterpriseId(bot.getEnterpriseId())
                .teamName(bot instanceof DefaultBot named ? named.getTeamName() : null).appId(bot.getAppId())
                .botId(bot.getBotId()).botUserId(bot.getBotUserId()).botAccessToken(bot.getBotAccessToken())
                .botScope(bot.getBotScope()).build());
    }

    @Override
    public void deleteBot(Bot bot) {
        if (bot.getTeamId() != null) {
            workspaces.botTokenRevoked(bot.getTeamId());
        }
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // no user tokens are kept; the workspace's bot stays installed
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        if (teamId != null) {
            workspaces.uninstalled(teamId);
        }
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        Installer installer = findInstaller(enterpriseId, teamId, null);
        return installer == null ? null : installer.toBot();
    }

    /** The workspace's installation as Bolt sees it; null unless it is installed and active. */
    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        if (teamId == null) {
            return null;
        }
        return workspaces.installation(teamId).filter(Installation::active).filter(i -> i.botToken() != null)
                .map(i -> (Installer) DefaultInstaller.builder().teamId(i.teamId()).enterpriseId(i.enterpriseId())
                        .teamName(i.teamName()).appId(i.appId()).botId(i.botId()).botUserId(i.botUserId())
                        .botAccessToken(i.botToken()).botScope(i.botScopes()).installerUserId(i.installerUserId())
                        .installedAt(i.installedAt() == null ? null : i.installedAt().toEpochMilli()).build())
                .orElse(null);
    }

    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return UserFacingErrors.notInstalled(installUrl);
    }

    @Override
    public List<LayoutBlock> getInstallationGuideBlocks(String enterpriseId, String teamId, String userId) {
        return null;
    }
}
