"""The reviewer's desk: playback, waveform, timed notes, a second rating."""
