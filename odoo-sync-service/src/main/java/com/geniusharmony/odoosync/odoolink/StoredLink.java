package com.geniusharmony.odoosync.odoolink;

import com.geniusharmony.events.odoolink.OdooLinkEstablished;

/**
 * A link as recorded, with the version it is published under.
 *
 * @param link the link
 * @param version the link's version, the aggregate version of its event
 */
record StoredLink(OdooLinkEstablished link, long version) {

}
