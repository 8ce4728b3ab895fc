import { useImperativeHandle, useRef, type ChangeEvent, type Ref } from 'react';
import { ACCEPTED_EXTENSIONS, fromFileList, type PickedFile } from './pickedFiles.ts';
import { prepareImport } from './prepareImport.ts';

export interface ImportPickersHandle {
  chooseFiles: () => void;
  chooseFolder: () => void;
}

interface ImportPickersProps {
  ref: Ref<ImportPickersHandle>;
  onPick: (files: PickedFile[]) => void;
}

/** The system's file and folder choosers, opened from buttons anywhere in the app through the handle. */
export function ImportPickers({ ref, onPick }: ImportPickersProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useImperativeHandle(ref, () => ({
    chooseFiles: () => {
      prepareImport();
      filesInput.current?.click();
    },
    chooseFolder: () => {
      prepareImport();
      folderInput.current?.click();
    },
  }));

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const picked = fromFileList(event.target.files ?? []);
    // Cleared so that choosing the same files again still counts as a change.
    event.target.value = '';
    if (picked.length > 0) onPick(picked);
  }

  return (
    <>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        hidden
        onChange={onChange}
      />
      <input
        ref={(input) => {
          folderInput.current = input;
          // Not a React attribute; each file then carries its path inside the folder (webkitRelativePath).
          if (input) input.webkitdirectory = true;
        }}
        type="file"
        multiple
        hidden
        onChange={onChange}
      />
    </>
  );
}
