// 1. Give every photo in #gallery an alt: the words in its data-caption.
//    A photo with no data-caption is decoration: give it alt="".
// 2. Then turn on the button #print.
