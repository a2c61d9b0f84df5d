import { startCardFrame } from '@/card/card-frame-view';
import { tokenOfHash } from '@/card/card-channel';

// The card's extension-origin frame (docs/adr/0015-card-host.md): the host's token is in the URL's
// fragment; the frame renders only what comes on the port the host hands over with it.
startCardFrame(window, tokenOfHash(location.hash));
