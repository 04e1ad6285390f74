"""The Qt screens of Wegwijzer: windows, dialogs, item models, widgets. Calls desktop/, never SQL."""
