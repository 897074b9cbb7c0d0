// The second floor of the benchmarks (docs/benchmarks.md): a bare Bolt-JS app whose one slash command acks at
// once. Its latency is Node's HTTP server, Bolt's signature check and dispatch, nothing else. bench/run installs
// @slack/bolt under target/bench/bolt-js (NODE_PATH); it is not part of the build.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: process.env.SLACK_BOT_TOKEN,
  // no auth.test at start: the benchmark has no Slack (Bolt-Java is given a known auth result the same way)
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

app.command('/bench-floor', async ({ ack }) => {
  await ack();
});

(async () => {
  const server = await app.start(Number(process.env.PORT));
  // as Tomcat does: no Nagle delay on the answer (with it, a 200 arrived ~40 ms late at 50+ requests/s)
  server.on('connection', (socket) => socket.setNoDelay(true));
  console.log(`bolt-js floor listening on ${process.env.PORT}`);
})();
