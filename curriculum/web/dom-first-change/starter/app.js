// This script runs when the page opens.
// Change the words of the paragraph whose id is status.
