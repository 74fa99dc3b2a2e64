"""Audio: input devices, the crash-safe WAV recorder, WAV repair, levels and waveforms.

Nothing here imports sounddevice at module load: the app must start where PortAudio is
missing, and only say so when the leader asks to record.
"""
