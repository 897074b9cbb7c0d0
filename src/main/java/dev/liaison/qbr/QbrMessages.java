package dev.liaison.qbr;

/** How a QBR brief reaches whoever asked for it: the chart uploaded to their DM, then the brief queued there. */
public interface QbrMessages {

    /** Uploads the health chart into the presser's DM; false when Slack would not take it. */
    boolean uploadChart(QbrBrief brief, byte[] png);

    /**
     * Queues the brief as a DM to the presser under this delivery key; false when that key was
     * already queued.
     *
     * @param chartUploaded whether the chart went up before it (else the brief says so)
     */
    boolean queueBrief(QbrBrief brief, boolean chartUploaded, String key);
}
